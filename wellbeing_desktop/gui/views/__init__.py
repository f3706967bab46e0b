"""The main window's screens: Today, Diary, Plan, Mood."""
