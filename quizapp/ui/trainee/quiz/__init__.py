"""The quiz window: question view, navigation strip, countdown, and the saver behind them."""
