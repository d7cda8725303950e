"""The main window: a front end over the view state and the widgets in kztimeline.ui."""
