# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'main_window.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QAction, QBrush, QColor, QConicalGradient,
    QCursor, QFont, QFontDatabase, QGradient,
    QIcon, QImage, QKeySequence, QLinearGradient,
    QPainter, QPalette, QPixmap, QRadialGradient,
    QTransform)
from PySide6.QtWidgets import (QApplication, QFrame, QHBoxLayout, QListWidget,
    QListWidgetItem, QMainWindow, QMenu, QMenuBar,
    QSizePolicy, QStackedWidget, QStatusBar, QVBoxLayout,
    QWidget)

class Ui_MainWindow(object):
    def setupUi(self, MainWindow):
        if not MainWindow.objectName():
            MainWindow.setObjectName(u"MainWindow")
        MainWindow.resize(1100, 720)
        self.actionNewEntry = QAction(MainWindow)
        self.actionNewEntry.setObjectName(u"actionNewEntry")
        self.actionCheckIn = QAction(MainWindow)
        self.actionCheckIn.setObjectName(u"actionCheckIn")
#if QT_CONFIG(shortcut)
        self.actionCheckIn.setShortcut(u"Ctrl+K")
#endif // QT_CONFIG(shortcut)
        self.actionBackUp = QAction(MainWindow)
        self.actionBackUp.setObjectName(u"actionBackUp")
        self.actionLock = QAction(MainWindow)
        self.actionLock.setObjectName(u"actionLock")
#if QT_CONFIG(shortcut)
        self.actionLock.setShortcut(u"Ctrl+L")
#endif // QT_CONFIG(shortcut)
        self.actionQuit = QAction(MainWindow)
        self.actionQuit.setObjectName(u"actionQuit")
        self.actionFind = QAction(MainWindow)
        self.actionFind.setObjectName(u"actionFind")
        self.actionPreferences = QAction(MainWindow)
        self.actionPreferences.setObjectName(u"actionPreferences")
        self.actionShowToday = QAction(MainWindow)
        self.actionShowToday.setObjectName(u"actionShowToday")
#if QT_CONFIG(shortcut)
        self.actionShowToday.setShortcut(u"Ctrl+1")
#endif // QT_CONFIG(shortcut)
        self.actionShowDiary = QAction(MainWindow)
        self.actionShowDiary.setObjectName(u"actionShowDiary")
#if QT_CONFIG(shortcut)
        self.actionShowDiary.setShortcut(u"Ctrl+2")
#endif // QT_CONFIG(shortcut)
        self.actionShowPlan = QAction(MainWindow)
        self.actionShowPlan.setObjectName(u"actionShowPlan")
#if QT_CONFIG(shortcut)
        self.actionShowPlan.setShortcut(u"Ctrl+3")
#endif // QT_CONFIG(shortcut)
        self.actionShowMood = QAction(MainWindow)
        self.actionShowMood.setObjectName(u"actionShowMood")
#if QT_CONFIG(shortcut)
        self.actionShowMood.setShortcut(u"Ctrl+4")
#endif // QT_CONFIG(shortcut)
        self.actionSupport = QAction(MainWindow)
        self.actionSupport.setObjectName(u"actionSupport")
#if QT_CONFIG(shortcut)
        self.actionSupport.setShortcut(u"F1")
#endif // QT_CONFIG(shortcut)
        self.actionAbout = QAction(MainWindow)
        self.actionAbout.setObjectName(u"actionAbout")
        self.centralWidget = QWidget(MainWindow)
        self.centralWidget.setObjectName(u"centralWidget")
        self.centralLayout = QVBoxLayout(self.centralWidget)
        self.centralLayout.setObjectName(u"centralLayout")
        self.centralLayout.setContentsMargins(0, 0, 0, 0)
        self.pages = QStackedWidget(self.centralWidget)
        self.pages.setObjectName(u"pages")
        self.lockPage = QWidget()
        self.lockPage.setObjectName(u"lockPage")
        self.lockLayout = QVBoxLayout(self.lockPage)
        self.lockLayout.setObjectName(u"lockLayout")
        self.lockLayout.setContentsMargins(0, 0, 0, 0)
        self.pages.addWidget(self.lockPage)
        self.appPage = QWidget()
        self.appPage.setObjectName(u"appPage")
        self.appLayout = QHBoxLayout(self.appPage)
        self.appLayout.setSpacing(0)
        self.appLayout.setObjectName(u"appLayout")
        self.appLayout.setContentsMargins(0, 0, 0, 0)
        self.navList = QListWidget(self.appPage)
        self.navList.setObjectName(u"navList")
        self.navList.setMaximumSize(QSize(220, 16777215))
        self.navList.setFrameShape(QFrame.Shape.NoFrame)

        self.appLayout.addWidget(self.navList)

        self.viewStack = QStackedWidget(self.appPage)
        self.viewStack.setObjectName(u"viewStack")

        self.appLayout.addWidget(self.viewStack)

        self.pages.addWidget(self.appPage)

        self.centralLayout.addWidget(self.pages)

        MainWindow.setCentralWidget(self.centralWidget)
        self.menuBar = QMenuBar(MainWindow)
        self.menuBar.setObjectName(u"menuBar")
        self.menuFile = QMenu(self.menuBar)
        self.menuFile.setObjectName(u"menuFile")
        self.menuEdit = QMenu(self.menuBar)
        self.menuEdit.setObjectName(u"menuEdit")
        self.menuView = QMenu(self.menuBar)
        self.menuView.setObjectName(u"menuView")
        self.menuHelp = QMenu(self.menuBar)
        self.menuHelp.setObjectName(u"menuHelp")
        MainWindow.setMenuBar(self.menuBar)
        self.statusBar = QStatusBar(MainWindow)
        self.statusBar.setObjectName(u"statusBar")
        MainWindow.setStatusBar(self.statusBar)

        self.menuBar.addAction(self.menuFile.menuAction())
        self.menuBar.addAction(self.menuEdit.menuAction())
        self.menuBar.addAction(self.menuView.menuAction())
        self.menuBar.addAction(self.menuHelp.menuAction())
        self.menuFile.addAction(self.actionNewEntry)
        self.menuFile.addAction(self.actionCheckIn)
        self.menuFile.addSeparator()
        self.menuFile.addAction(self.actionBackUp)
        self.menuFile.addAction(self.actionLock)
        self.menuFile.addAction(self.actionQuit)
        self.menuEdit.addAction(self.actionFind)
        self.menuEdit.addAction(self.actionPreferences)
        self.menuView.addAction(self.actionShowToday)
        self.menuView.addAction(self.actionShowDiary)
        self.menuView.addAction(self.actionShowPlan)
        self.menuView.addAction(self.actionShowMood)
        self.menuHelp.addAction(self.actionSupport)
        self.menuHelp.addAction(self.actionAbout)

        self.retranslateUi(MainWindow)

        QMetaObject.connectSlotsByName(MainWindow)
    # setupUi

    def retranslateUi(self, MainWindow):
        MainWindow.setWindowTitle(QCoreApplication.translate("MainWindow", u"Wellbeing Desktop", None))
        self.actionNewEntry.setText(QCoreApplication.translate("MainWindow", u"&New reflection", None))
        self.actionCheckIn.setText(QCoreApplication.translate("MainWindow", u"&Check in\u2026", None))
        self.actionBackUp.setText(QCoreApplication.translate("MainWindow", u"&Back up now\u2026", None))
        self.actionLock.setText(QCoreApplication.translate("MainWindow", u"&Lock", None))
        self.actionQuit.setText(QCoreApplication.translate("MainWindow", u"&Quit", None))
        self.actionFind.setText(QCoreApplication.translate("MainWindow", u"&Find in diary", None))
        self.actionPreferences.setText(QCoreApplication.translate("MainWindow", u"&Preferences\u2026", None))
        self.actionShowToday.setText(QCoreApplication.translate("MainWindow", u"&Today", None))
        self.actionShowDiary.setText(QCoreApplication.translate("MainWindow", u"&Diary", None))
        self.actionShowPlan.setText(QCoreApplication.translate("MainWindow", u"Self-care &plan", None))
        self.actionShowMood.setText(QCoreApplication.translate("MainWindow", u"&Mood", None))
        self.actionSupport.setText(QCoreApplication.translate("MainWindow", u"&Support now", None))
        self.actionAbout.setText(QCoreApplication.translate("MainWindow", u"&About Wellbeing Desktop", None))
#if QT_CONFIG(accessibility)
        self.navList.setAccessibleName(QCoreApplication.translate("MainWindow", u"Sections", None))
#endif // QT_CONFIG(accessibility)
        self.menuFile.setTitle(QCoreApplication.translate("MainWindow", u"&File", None))
        self.menuEdit.setTitle(QCoreApplication.translate("MainWindow", u"&Edit", None))
        self.menuView.setTitle(QCoreApplication.translate("MainWindow", u"&View", None))
        self.menuHelp.setTitle(QCoreApplication.translate("MainWindow", u"&Help", None))
    # retranslateUi

