# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'supervision_window.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication, QMetaObject, QSize, Qt
from PySide6.QtWidgets import QComboBox, QFrame, QHBoxLayout, QLabel, QPushButton, QSizePolicy, QSpacerItem, QStackedWidget, QTabWidget, QTextBrowser, QVBoxLayout, QWidget

class Ui_SupervisionWindow(object):
    def setupUi(self, SupervisionWindow):
        if not SupervisionWindow.objectName():
            SupervisionWindow.setObjectName(u"SupervisionWindow")
        self.outerLayout = QVBoxLayout(SupervisionWindow)
        self.outerLayout.setObjectName(u"outerLayout")
        self.outerLayout.setContentsMargins(0, 0, 0, 0)
        self.screenStack = QStackedWidget(SupervisionWindow)
        self.screenStack.setObjectName(u"screenStack")
        self.presentPage = QWidget()
        self.presentPage.setObjectName(u"presentPage")
        self.presentLayout = QVBoxLayout(self.presentPage)
        self.presentLayout.setSpacing(16)
        self.presentLayout.setObjectName(u"presentLayout")
        self.presentLayout.setContentsMargins(40, 24, 40, 24)
        self.headerRow = QHBoxLayout()
        self.headerRow.setSpacing(12)
        self.headerRow.setObjectName(u"headerRow")
        self.titleLabel = QLabel(self.presentPage)
        self.titleLabel.setObjectName(u"titleLabel")

        self.headerRow.addWidget(self.titleLabel)

        self.headerSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.headerRow.addItem(self.headerSpacer)

        self.blankButton = QPushButton(self.presentPage)
        self.blankButton.setObjectName(u"blankButton")

        self.headerRow.addWidget(self.blankButton)

        self.leaveButton = QPushButton(self.presentPage)
        self.leaveButton.setObjectName(u"leaveButton")

        self.headerRow.addWidget(self.leaveButton)


        self.presentLayout.addLayout(self.headerRow)

        self.pagesTabs = QTabWidget(self.presentPage)
        self.pagesTabs.setObjectName(u"pagesTabs")
        self.pagesTabs.setDocumentMode(True)
        self.planTab = QWidget()
        self.planTab.setObjectName(u"planTab")
        self.planTabLayout = QVBoxLayout(self.planTab)
        self.planTabLayout.setObjectName(u"planTabLayout")
        self.planTabLayout.setContentsMargins(8, 12, 8, 8)
        self.planText = QTextBrowser(self.planTab)
        self.planText.setObjectName(u"planText")
        self.planText.setOpenLinks(False)
        self.planText.setFrameShape(QFrame.Shape.NoFrame)

        self.planTabLayout.addWidget(self.planText)

        self.pagesTabs.addTab(self.planTab, "")
        self.entriesTab = QWidget()
        self.entriesTab.setObjectName(u"entriesTab")
        self.entriesTabLayout = QVBoxLayout(self.entriesTab)
        self.entriesTabLayout.setObjectName(u"entriesTabLayout")
        self.entriesTabLayout.setContentsMargins(8, 12, 8, 8)
        self.entriesText = QTextBrowser(self.entriesTab)
        self.entriesText.setObjectName(u"entriesText")
        self.entriesText.setOpenLinks(False)
        self.entriesText.setFrameShape(QFrame.Shape.NoFrame)

        self.entriesTabLayout.addWidget(self.entriesText)

        self.pagesTabs.addTab(self.entriesTab, "")
        self.moodTab = QWidget()
        self.moodTab.setObjectName(u"moodTab")
        self.moodTabLayout = QVBoxLayout(self.moodTab)
        self.moodTabLayout.setSpacing(12)
        self.moodTabLayout.setObjectName(u"moodTabLayout")
        self.moodTabLayout.setContentsMargins(8, 12, 8, 8)
        self.periodRow = QHBoxLayout()
        self.periodRow.setSpacing(10)
        self.periodRow.setObjectName(u"periodRow")
        self.periodLabel = QLabel(self.moodTab)
        self.periodLabel.setObjectName(u"periodLabel")

        self.periodRow.addWidget(self.periodLabel)

        self.periodCombo = QComboBox(self.moodTab)
        self.periodCombo.setObjectName(u"periodCombo")

        self.periodRow.addWidget(self.periodCombo)

        self.periodSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.periodRow.addItem(self.periodSpacer)


        self.moodTabLayout.addLayout(self.periodRow)

        self.moodStack = QStackedWidget(self.moodTab)
        self.moodStack.setObjectName(u"moodStack")
        self.moodPage = QWidget()
        self.moodPage.setObjectName(u"moodPage")
        self.moodPageLayout = QHBoxLayout(self.moodPage)
        self.moodPageLayout.setSpacing(24)
        self.moodPageLayout.setObjectName(u"moodPageLayout")
        self.moodPageLayout.setContentsMargins(0, 0, 0, 0)
        self.chartHost = QWidget(self.moodPage)
        self.chartHost.setObjectName(u"chartHost")
        self.chartLayout = QVBoxLayout(self.chartHost)
        self.chartLayout.setObjectName(u"chartLayout")
        self.chartLayout.setContentsMargins(0, 0, 0, 0)

        self.moodPageLayout.addWidget(self.chartHost)

        self.figuresLabel = QLabel(self.moodPage)
        self.figuresLabel.setObjectName(u"figuresLabel")
        self.figuresLabel.setText(u"")
        self.figuresLabel.setWordWrap(True)
        self.figuresLabel.setMinimumSize(QSize(260, 0))
        self.figuresLabel.setMaximumSize(QSize(380, 16777215))
        self.figuresLabel.setAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignTop)

        self.moodPageLayout.addWidget(self.figuresLabel)

        self.moodStack.addWidget(self.moodPage)
        self.moodEmptyPage = QWidget()
        self.moodEmptyPage.setObjectName(u"moodEmptyPage")
        self.moodEmptyLayout = QVBoxLayout(self.moodEmptyPage)
        self.moodEmptyLayout.setObjectName(u"moodEmptyLayout")
        self.moodEmptyLabel = QLabel(self.moodEmptyPage)
        self.moodEmptyLabel.setObjectName(u"moodEmptyLabel")
        self.moodEmptyLabel.setText(u"")
        self.moodEmptyLabel.setWordWrap(True)
        self.moodEmptyLabel.setAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignTop)

        self.moodEmptyLayout.addWidget(self.moodEmptyLabel)

        self.moodEmptySpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.moodEmptyLayout.addItem(self.moodEmptySpacer)

        self.moodStack.addWidget(self.moodEmptyPage)

        self.moodTabLayout.addWidget(self.moodStack)

        self.pagesTabs.addTab(self.moodTab, "")
        self.actionsTab = QWidget()
        self.actionsTab.setObjectName(u"actionsTab")
        self.actionsTabLayout = QVBoxLayout(self.actionsTab)
        self.actionsTabLayout.setObjectName(u"actionsTabLayout")
        self.actionsTabLayout.setContentsMargins(8, 12, 8, 8)
        self.actionsText = QTextBrowser(self.actionsTab)
        self.actionsText.setObjectName(u"actionsText")
        self.actionsText.setOpenLinks(False)
        self.actionsText.setFrameShape(QFrame.Shape.NoFrame)

        self.actionsTabLayout.addWidget(self.actionsText)

        self.pagesTabs.addTab(self.actionsTab, "")
        self.changesTab = QWidget()
        self.changesTab.setObjectName(u"changesTab")
        self.changesTabLayout = QVBoxLayout(self.changesTab)
        self.changesTabLayout.setObjectName(u"changesTabLayout")
        self.changesTabLayout.setContentsMargins(8, 12, 8, 8)
        self.changesText = QTextBrowser(self.changesTab)
        self.changesText.setObjectName(u"changesText")
        self.changesText.setOpenLinks(False)
        self.changesText.setFrameShape(QFrame.Shape.NoFrame)

        self.changesTabLayout.addWidget(self.changesText)

        self.pagesTabs.addTab(self.changesTab, "")

        self.presentLayout.addWidget(self.pagesTabs)

        self.screenStack.addWidget(self.presentPage)
        self.blankPage = QWidget()
        self.blankPage.setObjectName(u"blankPage")
        self.blankPage.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.blankLayout = QVBoxLayout(self.blankPage)
        self.blankLayout.setObjectName(u"blankLayout")
        self.blankLayout.setContentsMargins(24, 24, 24, 24)
        self.blankTopSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.blankLayout.addItem(self.blankTopSpacer)

        self.blankHintLabel = QLabel(self.blankPage)
        self.blankHintLabel.setObjectName(u"blankHintLabel")
        self.blankHintLabel.setAlignment(Qt.AlignmentFlag.AlignHCenter|Qt.AlignmentFlag.AlignBottom)

        self.blankLayout.addWidget(self.blankHintLabel)

        self.screenStack.addWidget(self.blankPage)

        self.outerLayout.addWidget(self.screenStack)

#if QT_CONFIG(shortcut)
        self.periodLabel.setBuddy(self.periodCombo)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.pagesTabs, self.planText)
        QWidget.setTabOrder(self.planText, self.entriesText)
        QWidget.setTabOrder(self.entriesText, self.periodCombo)
        QWidget.setTabOrder(self.periodCombo, self.actionsText)
        QWidget.setTabOrder(self.actionsText, self.changesText)
        QWidget.setTabOrder(self.changesText, self.blankButton)
        QWidget.setTabOrder(self.blankButton, self.leaveButton)

        self.retranslateUi(SupervisionWindow)

        QMetaObject.connectSlotsByName(SupervisionWindow)
    # setupUi

    def retranslateUi(self, SupervisionWindow):
        SupervisionWindow.setWindowTitle(QCoreApplication.translate("SupervisionWindow", u"Wellbeing Desktop \u2014 Supervision", None))
        self.titleLabel.setText(QCoreApplication.translate("SupervisionWindow", u"Supervision", None))
        self.blankButton.setText(QCoreApplication.translate("SupervisionWindow", u"Blank screen", None))
#if QT_CONFIG(accessibility)
        self.blankButton.setAccessibleDescription(QCoreApplication.translate("SupervisionWindow", u"Hide everything at once; press any key to come back", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.blankButton.setToolTip(QCoreApplication.translate("SupervisionWindow", u"Blank the screen (B)", None))
#endif // QT_CONFIG(tooltip)
        self.leaveButton.setText(QCoreApplication.translate("SupervisionWindow", u"Leave supervision mode", None))
#if QT_CONFIG(accessibility)
        self.leaveButton.setAccessibleDescription(QCoreApplication.translate("SupervisionWindow", u"Asks for your passphrase", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.pagesTabs.setAccessibleName(QCoreApplication.translate("SupervisionWindow", u"What you brought to supervision", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.planText.setAccessibleName(QCoreApplication.translate("SupervisionWindow", u"Your self-care plan", None))
#endif // QT_CONFIG(accessibility)
        self.pagesTabs.setTabText(self.pagesTabs.indexOf(self.planTab), QCoreApplication.translate("SupervisionWindow", u"Your plan", None))
#if QT_CONFIG(tooltip)
        self.pagesTabs.setTabToolTip(self.pagesTabs.indexOf(self.planTab), QCoreApplication.translate("SupervisionWindow", u"Your self-care plan", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.entriesText.setAccessibleName(QCoreApplication.translate("SupervisionWindow", u"Entries you brought", None))
#endif // QT_CONFIG(accessibility)
        self.pagesTabs.setTabText(self.pagesTabs.indexOf(self.entriesTab), QCoreApplication.translate("SupervisionWindow", u"Entries you brought", None))
#if QT_CONFIG(tooltip)
        self.pagesTabs.setTabToolTip(self.pagesTabs.indexOf(self.entriesTab), QCoreApplication.translate("SupervisionWindow", u"The diary entries you marked to bring to supervision", None))
#endif // QT_CONFIG(tooltip)
        self.periodLabel.setText(QCoreApplication.translate("SupervisionWindow", u"Period", None))
#if QT_CONFIG(accessibility)
        self.periodCombo.setAccessibleDescription(QCoreApplication.translate("SupervisionWindow", u"How far back the mood summary goes", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.periodCombo.setAccessibleName(QCoreApplication.translate("SupervisionWindow", u"Period for the mood summary", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.figuresLabel.setAccessibleName(QCoreApplication.translate("SupervisionWindow", u"Mood figures", None))
#endif // QT_CONFIG(accessibility)
        self.pagesTabs.setTabText(self.pagesTabs.indexOf(self.moodTab), QCoreApplication.translate("SupervisionWindow", u"Mood", None))
#if QT_CONFIG(tooltip)
        self.pagesTabs.setTabToolTip(self.pagesTabs.indexOf(self.moodTab), QCoreApplication.translate("SupervisionWindow", u"A summary of your mood since your last session", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.actionsText.setAccessibleName(QCoreApplication.translate("SupervisionWindow", u"Agreed actions", None))
#endif // QT_CONFIG(accessibility)
        self.pagesTabs.setTabText(self.pagesTabs.indexOf(self.actionsTab), QCoreApplication.translate("SupervisionWindow", u"Agreed actions", None))
#if QT_CONFIG(tooltip)
        self.pagesTabs.setTabToolTip(self.pagesTabs.indexOf(self.actionsTab), QCoreApplication.translate("SupervisionWindow", u"What you and your supervisor agreed to do", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.changesText.setAccessibleName(QCoreApplication.translate("SupervisionWindow", u"Changed since your last session", None))
#endif // QT_CONFIG(accessibility)
        self.pagesTabs.setTabText(self.pagesTabs.indexOf(self.changesTab), QCoreApplication.translate("SupervisionWindow", u"Since last session", None))
#if QT_CONFIG(tooltip)
        self.pagesTabs.setTabToolTip(self.pagesTabs.indexOf(self.changesTab), QCoreApplication.translate("SupervisionWindow", u"What you've written and done since your last session", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.blankPage.setAccessibleName(QCoreApplication.translate("SupervisionWindow", u"Blank screen", None))
#endif // QT_CONFIG(accessibility)
        self.blankHintLabel.setText(QCoreApplication.translate("SupervisionWindow", u"Press any key to come back", None))
    # retranslateUi

