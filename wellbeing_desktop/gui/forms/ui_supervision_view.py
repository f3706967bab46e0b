# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'supervision_view.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication, QMetaObject, QSize, Qt
from PySide6.QtWidgets import QDateEdit, QFormLayout, QFrame, QGroupBox, QHBoxLayout, QLabel, QLineEdit, QPlainTextEdit, QPushButton, QScrollArea, QSizePolicy, QSpacerItem, QSplitter, QStackedWidget, QTextBrowser, QTreeWidget, QVBoxLayout, QWidget

class Ui_SupervisionView(object):
    def setupUi(self, SupervisionView):
        if not SupervisionView.objectName():
            SupervisionView.setObjectName(u"SupervisionView")
        self.mainLayout = QVBoxLayout(SupervisionView)
        self.mainLayout.setSpacing(12)
        self.mainLayout.setObjectName(u"mainLayout")
        self.mainLayout.setContentsMargins(28, 20, 20, 16)
        self.headerRow = QHBoxLayout()
        self.headerRow.setSpacing(8)
        self.headerRow.setObjectName(u"headerRow")
        self.headerText = QVBoxLayout()
        self.headerText.setSpacing(2)
        self.headerText.setObjectName(u"headerText")
        self.headingLabel = QLabel(SupervisionView)
        self.headingLabel.setObjectName(u"headingLabel")

        self.headerText.addWidget(self.headingLabel)

        self.introLabel = QLabel(SupervisionView)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.headerText.addWidget(self.introLabel)


        self.headerRow.addLayout(self.headerText)

        self.recordButton = QPushButton(SupervisionView)
        self.recordButton.setObjectName(u"recordButton")

        self.headerRow.addWidget(self.recordButton)

        self.modeButton = QPushButton(SupervisionView)
        self.modeButton.setObjectName(u"modeButton")

        self.headerRow.addWidget(self.modeButton)

        self.headerRow.setStretch(0, 1)

        self.mainLayout.addLayout(self.headerRow)

        self.sessionsSplitter = QSplitter(SupervisionView)
        self.sessionsSplitter.setObjectName(u"sessionsSplitter")
        self.sessionsSplitter.setOrientation(Qt.Orientation.Horizontal)
        self.sessionsSplitter.setChildrenCollapsible(False)
        self.listPanel = QWidget(self.sessionsSplitter)
        self.listPanel.setObjectName(u"listPanel")
        self.listLayout = QVBoxLayout(self.listPanel)
        self.listLayout.setSpacing(12)
        self.listLayout.setObjectName(u"listLayout")
        self.listLayout.setContentsMargins(0, 0, 8, 0)
        self.sessionList = QTreeWidget(self.listPanel)
        self.sessionList.setObjectName(u"sessionList")
        self.sessionList.setRootIsDecorated(False)
        self.sessionList.setUniformRowHeights(True)
        self.sessionList.setAlternatingRowColors(True)

        self.listLayout.addWidget(self.sessionList)

        self.changesGroup = QGroupBox(self.listPanel)
        self.changesGroup.setObjectName(u"changesGroup")
        self.changesLayout = QVBoxLayout(self.changesGroup)
        self.changesLayout.setObjectName(u"changesLayout")
        self.changesText = QTextBrowser(self.changesGroup)
        self.changesText.setObjectName(u"changesText")
        self.changesText.setOpenLinks(False)
        self.changesText.setFrameShape(QFrame.Shape.NoFrame)
        self.changesText.setMaximumSize(QSize(16777215, 200))

        self.changesLayout.addWidget(self.changesText)


        self.listLayout.addWidget(self.changesGroup)

        self.sessionsSplitter.addWidget(self.listPanel)
        self.editorStack = QStackedWidget(self.sessionsSplitter)
        self.editorStack.setObjectName(u"editorStack")
        self.emptyPage = QWidget()
        self.emptyPage.setObjectName(u"emptyPage")
        self.emptyLayout = QVBoxLayout(self.emptyPage)
        self.emptyLayout.setSpacing(14)
        self.emptyLayout.setObjectName(u"emptyLayout")
        self.emptyLayout.setContentsMargins(24, 0, 24, 0)
        self.emptyTopSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.emptyLayout.addItem(self.emptyTopSpacer)

        self.emptyLabel = QLabel(self.emptyPage)
        self.emptyLabel.setObjectName(u"emptyLabel")
        self.emptyLabel.setText(u"")
        self.emptyLabel.setWordWrap(True)
        self.emptyLabel.setAlignment(Qt.AlignmentFlag.AlignCenter)

        self.emptyLayout.addWidget(self.emptyLabel)

        self.emptyButtonRow = QHBoxLayout()
        self.emptyButtonRow.setObjectName(u"emptyButtonRow")
        self.emptyLeftSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.emptyButtonRow.addItem(self.emptyLeftSpacer)

        self.emptyRecordButton = QPushButton(self.emptyPage)
        self.emptyRecordButton.setObjectName(u"emptyRecordButton")

        self.emptyButtonRow.addWidget(self.emptyRecordButton)

        self.emptyRightSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.emptyButtonRow.addItem(self.emptyRightSpacer)


        self.emptyLayout.addLayout(self.emptyButtonRow)

        self.emptyBottomSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.emptyLayout.addItem(self.emptyBottomSpacer)

        self.editorStack.addWidget(self.emptyPage)
        self.editorPage = QWidget()
        self.editorPage.setObjectName(u"editorPage")
        self.editorPageLayout = QVBoxLayout(self.editorPage)
        self.editorPageLayout.setObjectName(u"editorPageLayout")
        self.editorPageLayout.setContentsMargins(0, 0, 0, 0)
        self.editorScroll = QScrollArea(self.editorPage)
        self.editorScroll.setObjectName(u"editorScroll")
        self.editorScroll.setWidgetResizable(True)
        self.editorScroll.setFrameShape(QFrame.Shape.NoFrame)
        self.editorContents = QWidget()
        self.editorContents.setObjectName(u"editorContents")
        self.editorLayout = QVBoxLayout(self.editorContents)
        self.editorLayout.setSpacing(8)
        self.editorLayout.setObjectName(u"editorLayout")
        self.editorLayout.setContentsMargins(4, 0, 8, 0)
        self.detailsForm = QFormLayout()
        self.detailsForm.setObjectName(u"detailsForm")
        self.detailsForm.setHorizontalSpacing(12)
        self.detailsForm.setVerticalSpacing(8)
        self.dateLabel = QLabel(self.editorContents)
        self.dateLabel.setObjectName(u"dateLabel")

        self.detailsForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.dateLabel)

        self.dateEdit = QDateEdit(self.editorContents)
        self.dateEdit.setObjectName(u"dateEdit")
        self.dateEdit.setCalendarPopup(True)

        self.detailsForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.dateEdit)

        self.supervisorLabel = QLabel(self.editorContents)
        self.supervisorLabel.setObjectName(u"supervisorLabel")

        self.detailsForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.supervisorLabel)

        self.supervisorEdit = QLineEdit(self.editorContents)
        self.supervisorEdit.setObjectName(u"supervisorEdit")
        self.supervisorEdit.setMaxLength(200)

        self.detailsForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.supervisorEdit)


        self.editorLayout.addLayout(self.detailsForm)

        self.discussedLabel = QLabel(self.editorContents)
        self.discussedLabel.setObjectName(u"discussedLabel")

        self.editorLayout.addWidget(self.discussedLabel)

        self.discussedEdit = QPlainTextEdit(self.editorContents)
        self.discussedEdit.setObjectName(u"discussedEdit")
        self.discussedEdit.setTabChangesFocus(True)

        self.editorLayout.addWidget(self.discussedEdit)

        self.agreedLabel = QLabel(self.editorContents)
        self.agreedLabel.setObjectName(u"agreedLabel")

        self.editorLayout.addWidget(self.agreedLabel)

        self.noActionsLabel = QLabel(self.editorContents)
        self.noActionsLabel.setObjectName(u"noActionsLabel")
        self.noActionsLabel.setWordWrap(True)

        self.editorLayout.addWidget(self.noActionsLabel)

        self.actionsBox = QWidget(self.editorContents)
        self.actionsBox.setObjectName(u"actionsBox")
        self.actionsLayout = QVBoxLayout(self.actionsBox)
        self.actionsLayout.setSpacing(6)
        self.actionsLayout.setObjectName(u"actionsLayout")
        self.actionsLayout.setContentsMargins(0, 0, 0, 0)

        self.editorLayout.addWidget(self.actionsBox)

        self.addActionRow = QHBoxLayout()
        self.addActionRow.setObjectName(u"addActionRow")
        self.addActionButton = QPushButton(self.editorContents)
        self.addActionButton.setObjectName(u"addActionButton")

        self.addActionRow.addWidget(self.addActionButton)

        self.addActionSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.addActionRow.addItem(self.addActionSpacer)


        self.editorLayout.addLayout(self.addActionRow)

        self.editorFooter = QHBoxLayout()
        self.editorFooter.setObjectName(u"editorFooter")
        self.saveStatusLabel = QLabel(self.editorContents)
        self.saveStatusLabel.setObjectName(u"saveStatusLabel")
        self.saveStatusLabel.setText(u"")

        self.editorFooter.addWidget(self.saveStatusLabel)

        self.footerSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.editorFooter.addItem(self.footerSpacer)

        self.deleteButton = QPushButton(self.editorContents)
        self.deleteButton.setObjectName(u"deleteButton")

        self.editorFooter.addWidget(self.deleteButton)


        self.editorLayout.addLayout(self.editorFooter)

        self.editorScroll.setWidget(self.editorContents)

        self.editorPageLayout.addWidget(self.editorScroll)

        self.editorStack.addWidget(self.editorPage)
        self.sessionsSplitter.addWidget(self.editorStack)

        self.mainLayout.addWidget(self.sessionsSplitter)

#if QT_CONFIG(shortcut)
        self.dateLabel.setBuddy(self.dateEdit)
        self.supervisorLabel.setBuddy(self.supervisorEdit)
        self.discussedLabel.setBuddy(self.discussedEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.recordButton, self.modeButton)
        QWidget.setTabOrder(self.modeButton, self.sessionList)
        QWidget.setTabOrder(self.sessionList, self.changesText)
        QWidget.setTabOrder(self.changesText, self.emptyRecordButton)
        QWidget.setTabOrder(self.emptyRecordButton, self.dateEdit)
        QWidget.setTabOrder(self.dateEdit, self.supervisorEdit)
        QWidget.setTabOrder(self.supervisorEdit, self.discussedEdit)
        QWidget.setTabOrder(self.discussedEdit, self.addActionButton)
        QWidget.setTabOrder(self.addActionButton, self.deleteButton)

        self.retranslateUi(SupervisionView)

        QMetaObject.connectSlotsByName(SupervisionView)
    # setupUi

    def retranslateUi(self, SupervisionView):
        SupervisionView.setWindowTitle(QCoreApplication.translate("SupervisionView", u"Supervision sessions", None))
        self.headingLabel.setText(QCoreApplication.translate("SupervisionView", u"Supervision sessions", None))
        self.introLabel.setText(QCoreApplication.translate("SupervisionView", u"What you talked about and what you agreed, session by session. Only you decide what you bring.", None))
#if QT_CONFIG(accessibility)
        self.recordButton.setAccessibleDescription(QCoreApplication.translate("SupervisionView", u"Opens a new page for your notes from a supervision session", None))
#endif // QT_CONFIG(accessibility)
        self.recordButton.setText(QCoreApplication.translate("SupervisionView", u"Record a session", None))
        self.modeButton.setText(QCoreApplication.translate("SupervisionView", u"Start supervision mode", None))
#if QT_CONFIG(accessibility)
        self.modeButton.setAccessibleDescription(QCoreApplication.translate("SupervisionView", u"Show your plan, flagged entries and a mood summary, and nothing else", None))
#endif // QT_CONFIG(accessibility)
        ___qtreewidgetitem = self.sessionList.headerItem()
        ___qtreewidgetitem.setText(2, QCoreApplication.translate("SupervisionView", u"Open actions", None))
        ___qtreewidgetitem.setText(1, QCoreApplication.translate("SupervisionView", u"Supervisor", None))
        ___qtreewidgetitem.setText(0, QCoreApplication.translate("SupervisionView", u"Date", None))
#if QT_CONFIG(accessibility)
        self.sessionList.setAccessibleDescription(QCoreApplication.translate("SupervisionView", u"Your supervision sessions; choose one to read or change its notes", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.sessionList.setAccessibleName(QCoreApplication.translate("SupervisionView", u"Supervision sessions", None))
#endif // QT_CONFIG(accessibility)
        self.changesGroup.setTitle(QCoreApplication.translate("SupervisionView", u"Changed in your plan since your last session", None))
#if QT_CONFIG(accessibility)
        self.changesText.setAccessibleName(QCoreApplication.translate("SupervisionView", u"Changed in your plan since your last session", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.emptyRecordButton.setAccessibleDescription(QCoreApplication.translate("SupervisionView", u"Opens a new page for your notes from a supervision session", None))
#endif // QT_CONFIG(accessibility)
        self.emptyRecordButton.setText(QCoreApplication.translate("SupervisionView", u"Record a session", None))
        self.dateLabel.setText(QCoreApplication.translate("SupervisionView", u"Date", None))
#if QT_CONFIG(accessibility)
        self.dateEdit.setAccessibleDescription(QCoreApplication.translate("SupervisionView", u"The day you met your supervisor", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.dateEdit.setAccessibleName(QCoreApplication.translate("SupervisionView", u"Date of the session", None))
#endif // QT_CONFIG(accessibility)
        self.dateEdit.setDisplayFormat(QCoreApplication.translate("SupervisionView", u"d MMMM yyyy", None))
        self.supervisorLabel.setText(QCoreApplication.translate("SupervisionView", u"Supervisor", None))
#if QT_CONFIG(accessibility)
        self.supervisorEdit.setAccessibleName(QCoreApplication.translate("SupervisionView", u"Supervisor", None))
#endif // QT_CONFIG(accessibility)
        self.supervisorEdit.setPlaceholderText(QCoreApplication.translate("SupervisionView", u"Optional", None))
        self.discussedLabel.setText(QCoreApplication.translate("SupervisionView", u"What we talked about", None))
#if QT_CONFIG(accessibility)
        self.discussedEdit.setAccessibleDescription(QCoreApplication.translate("SupervisionView", u"A few words on what you talked about. It saves itself as you type.", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.discussedEdit.setAccessibleName(QCoreApplication.translate("SupervisionView", u"What we talked about", None))
#endif // QT_CONFIG(accessibility)
        self.discussedEdit.setPlaceholderText(QCoreApplication.translate("SupervisionView", u"A few words are enough: what you brought, what helped, anything to come back to.", None))
        self.agreedLabel.setText(QCoreApplication.translate("SupervisionView", u"What we agreed", None))
        self.noActionsLabel.setText(QCoreApplication.translate("SupervisionView", u"Nothing agreed this time \u2014 that's fine.", None))
#if QT_CONFIG(accessibility)
        self.addActionButton.setAccessibleDescription(QCoreApplication.translate("SupervisionView", u"Adds a line for something you and your supervisor agreed", None))
#endif // QT_CONFIG(accessibility)
        self.addActionButton.setText(QCoreApplication.translate("SupervisionView", u"Add an agreed action", None))
#if QT_CONFIG(accessibility)
        self.saveStatusLabel.setAccessibleName(QCoreApplication.translate("SupervisionView", u"Saving", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.deleteButton.setAccessibleDescription(QCoreApplication.translate("SupervisionView", u"Deletes this session's notes", None))
#endif // QT_CONFIG(accessibility)
        self.deleteButton.setText(QCoreApplication.translate("SupervisionView", u"Delete this session\u2026", None))
#if QT_CONFIG(accessibility)
        self.deleteButton.setAccessibleName(QCoreApplication.translate("SupervisionView", u"Delete this session", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

