"""The Mood screen's charts, drawn with matplotlib into one reused figure.

matplotlib is slow to import and many sessions never open a chart, so only chart_area, chart_data and
theme are imported with the app, and they do not import matplotlib. Every other module here does, and is
imported only by ChartArea.draw(), the first time a chart is actually shown.
"""
