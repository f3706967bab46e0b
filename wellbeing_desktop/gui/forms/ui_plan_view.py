# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'plan_view.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication, QMetaObject, QSize, Qt
from PySide6.QtWidgets import QCheckBox, QDateEdit, QFrame, QHBoxLayout, QLabel, QLineEdit, QPushButton, QScrollArea, QSizePolicy, QSpacerItem, QTextBrowser, QToolButton, QVBoxLayout, QWidget

class Ui_PlanView(object):
    def setupUi(self, PlanView):
        if not PlanView.objectName():
            PlanView.setObjectName(u"PlanView")
        self.mainLayout = QVBoxLayout(PlanView)
        self.mainLayout.setSpacing(10)
        self.mainLayout.setObjectName(u"mainLayout")
        self.mainLayout.setContentsMargins(28, 20, 20, 16)
        self.headerRow = QHBoxLayout()
        self.headerRow.setSpacing(6)
        self.headerRow.setObjectName(u"headerRow")
        self.headerText = QVBoxLayout()
        self.headerText.setSpacing(2)
        self.headerText.setObjectName(u"headerText")
        self.headingLabel = QLabel(PlanView)
        self.headingLabel.setObjectName(u"headingLabel")

        self.headerText.addWidget(self.headingLabel)

        self.introLabel = QLabel(PlanView)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.headerText.addWidget(self.introLabel)


        self.headerRow.addLayout(self.headerText)

        self.undoButton = QToolButton(PlanView)
        self.undoButton.setObjectName(u"undoButton")
        self.undoButton.setEnabled(False)
        self.undoButton.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)

        self.headerRow.addWidget(self.undoButton)

        self.redoButton = QToolButton(PlanView)
        self.redoButton.setObjectName(u"redoButton")
        self.redoButton.setEnabled(False)
        self.redoButton.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)

        self.headerRow.addWidget(self.redoButton)


        self.mainLayout.addLayout(self.headerRow)

        self.dueNote = QFrame(PlanView)
        self.dueNote.setObjectName(u"dueNote")
        self.dueNote.setVisible(False)
        self.dueLayout = QHBoxLayout(self.dueNote)
        self.dueLayout.setObjectName(u"dueLayout")
        self.dueLayout.setContentsMargins(14, 10, 14, 10)
        self.dueLabel = QLabel(self.dueNote)
        self.dueLabel.setObjectName(u"dueLabel")
        self.dueLabel.setWordWrap(True)

        self.dueLayout.addWidget(self.dueLabel)


        self.mainLayout.addWidget(self.dueNote)

        self.errorLabel = QLabel(PlanView)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setText(u"")
        self.errorLabel.setWordWrap(True)
        self.errorLabel.setVisible(False)

        self.mainLayout.addWidget(self.errorLabel)

        self.bodyRow = QHBoxLayout()
        self.bodyRow.setSpacing(20)
        self.bodyRow.setObjectName(u"bodyRow")
        self.sectionsScroll = QScrollArea(PlanView)
        self.sectionsScroll.setObjectName(u"sectionsScroll")
        self.sectionsScroll.setFrameShape(QFrame.Shape.NoFrame)
        self.sectionsScroll.setWidgetResizable(True)
        self.sectionsScroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        sizePolicy.setHorizontalStretch(1)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.sectionsScroll.sizePolicy().hasHeightForWidth())
        self.sectionsScroll.setSizePolicy(sizePolicy)
        self.sectionsContainer = QWidget()
        self.sectionsContainer.setObjectName(u"sectionsContainer")
        self.sectionsLayout = QVBoxLayout(self.sectionsContainer)
        self.sectionsLayout.setSpacing(14)
        self.sectionsLayout.setObjectName(u"sectionsLayout")
        self.sectionsLayout.setContentsMargins(0, 0, 10, 8)
        self.ownSectionRow = QHBoxLayout()
        self.ownSectionRow.setSpacing(6)
        self.ownSectionRow.setObjectName(u"ownSectionRow")
        self.ownSectionEdit = QLineEdit(self.sectionsContainer)
        self.ownSectionEdit.setObjectName(u"ownSectionEdit")
        self.ownSectionEdit.setClearButtonEnabled(True)

        self.ownSectionRow.addWidget(self.ownSectionEdit)

        self.addSectionButton = QPushButton(self.sectionsContainer)
        self.addSectionButton.setObjectName(u"addSectionButton")
        self.addSectionButton.setEnabled(False)

        self.ownSectionRow.addWidget(self.addSectionButton)


        self.sectionsLayout.addLayout(self.ownSectionRow)

        self.sectionsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.sectionsLayout.addItem(self.sectionsSpacer)

        self.sectionsScroll.setWidget(self.sectionsContainer)

        self.bodyRow.addWidget(self.sectionsScroll)

        self.sidePanel = QWidget(PlanView)
        self.sidePanel.setObjectName(u"sidePanel")
        self.sidePanel.setMinimumSize(QSize(240, 0))
        self.sidePanel.setMaximumSize(QSize(290, 16777215))
        self.sideLayout = QVBoxLayout(self.sidePanel)
        self.sideLayout.setSpacing(6)
        self.sideLayout.setObjectName(u"sideLayout")
        self.sideLayout.setContentsMargins(0, 0, 0, 0)
        self.reviewHeading = QLabel(self.sidePanel)
        self.reviewHeading.setObjectName(u"reviewHeading")

        self.sideLayout.addWidget(self.reviewHeading)

        self.reviewHint = QLabel(self.sidePanel)
        self.reviewHint.setObjectName(u"reviewHint")
        self.reviewHint.setWordWrap(True)

        self.sideLayout.addWidget(self.reviewHint)

        self.reviewCheck = QCheckBox(self.sidePanel)
        self.reviewCheck.setObjectName(u"reviewCheck")

        self.sideLayout.addWidget(self.reviewCheck)

        self.reviewDateEdit = QDateEdit(self.sidePanel)
        self.reviewDateEdit.setObjectName(u"reviewDateEdit")
        self.reviewDateEdit.setCalendarPopup(True)

        self.sideLayout.addWidget(self.reviewDateEdit)

        self.sideGap = QSpacerItem(0, 14, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Fixed)

        self.sideLayout.addItem(self.sideGap)

        self.historyHeading = QLabel(self.sidePanel)
        self.historyHeading.setObjectName(u"historyHeading")

        self.sideLayout.addWidget(self.historyHeading)

        self.historyText = QTextBrowser(self.sidePanel)
        self.historyText.setObjectName(u"historyText")
        self.historyText.setOpenLinks(False)
        self.historyText.setFrameShape(QFrame.Shape.NoFrame)

        self.sideLayout.addWidget(self.historyText)


        self.bodyRow.addWidget(self.sidePanel)


        self.mainLayout.addLayout(self.bodyRow)

        QWidget.setTabOrder(self.undoButton, self.redoButton)
        QWidget.setTabOrder(self.redoButton, self.sectionsScroll)
        QWidget.setTabOrder(self.sectionsScroll, self.ownSectionEdit)
        QWidget.setTabOrder(self.ownSectionEdit, self.addSectionButton)
        QWidget.setTabOrder(self.addSectionButton, self.reviewCheck)
        QWidget.setTabOrder(self.reviewCheck, self.reviewDateEdit)
        QWidget.setTabOrder(self.reviewDateEdit, self.historyText)

        self.retranslateUi(PlanView)

        QMetaObject.connectSlotsByName(PlanView)
    # setupUi

    def retranslateUi(self, PlanView):
        PlanView.setWindowTitle(QCoreApplication.translate("PlanView", u"Self-care plan", None))
        self.headingLabel.setText(QCoreApplication.translate("PlanView", u"Your self-care plan", None))
        self.introLabel.setText(QCoreApplication.translate("PlanView", u"What helps you stay well in this work. It's yours \u2014 change it whenever you like.", None))
        self.undoButton.setText(QCoreApplication.translate("PlanView", u"Undo", None))
#if QT_CONFIG(accessibility)
        self.undoButton.setAccessibleName(QCoreApplication.translate("PlanView", u"Undo", None))
#endif // QT_CONFIG(accessibility)
        self.redoButton.setText(QCoreApplication.translate("PlanView", u"Redo", None))
#if QT_CONFIG(accessibility)
        self.redoButton.setAccessibleName(QCoreApplication.translate("PlanView", u"Redo", None))
#endif // QT_CONFIG(accessibility)
        self.dueLabel.setText(QCoreApplication.translate("PlanView", u"Your plan's review date has come. When you have a moment, look it over \u2014 with your supervisor if you like.", None))
#if QT_CONFIG(accessibility)
        self.errorLabel.setAccessibleName(QCoreApplication.translate("PlanView", u"Problem", None))
#endif // QT_CONFIG(accessibility)
        self.ownSectionEdit.setPlaceholderText(QCoreApplication.translate("PlanView", u"Name a section of your own, such as \u201cThings I'm proud of\u201d", None))
#if QT_CONFIG(accessibility)
        self.ownSectionEdit.setAccessibleName(QCoreApplication.translate("PlanView", u"Name of a new section", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.addSectionButton.setAccessibleDescription(QCoreApplication.translate("PlanView", u"Adds a section of your own to your plan", None))
#endif // QT_CONFIG(accessibility)
        self.addSectionButton.setText(QCoreApplication.translate("PlanView", u"Add section", None))
        self.reviewHeading.setText(QCoreApplication.translate("PlanView", u"Review date", None))
        self.reviewHint.setText(QCoreApplication.translate("PlanView", u"A day to look over your plan again, perhaps with your supervisor.", None))
#if QT_CONFIG(accessibility)
        self.reviewCheck.setAccessibleDescription(QCoreApplication.translate("PlanView", u"When ticked, the app reminds you to look over your plan on the date you choose", None))
#endif // QT_CONFIG(accessibility)
        self.reviewCheck.setText(QCoreApplication.translate("PlanView", u"Review my plan on", None))
#if QT_CONFIG(accessibility)
        self.reviewDateEdit.setAccessibleDescription(QCoreApplication.translate("PlanView", u"When you would like to look over your plan again", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.reviewDateEdit.setAccessibleName(QCoreApplication.translate("PlanView", u"Review date", None))
#endif // QT_CONFIG(accessibility)
        self.historyHeading.setText(QCoreApplication.translate("PlanView", u"Changes over time", None))
#if QT_CONFIG(accessibility)
        self.historyText.setAccessibleName(QCoreApplication.translate("PlanView", u"Changes over time", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

