# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'people_view.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication, QMetaObject, QSize, Qt
from PySide6.QtWidgets import QCheckBox, QComboBox, QDateEdit, QFormLayout, QFrame, QHBoxLayout, QLabel, QLineEdit, QPlainTextEdit, QPushButton, QScrollArea, QSizePolicy, QSpacerItem, QSpinBox, QSplitter, QStackedWidget, QToolButton, QTreeWidget, QVBoxLayout, QWidget

class Ui_PeopleView(object):
    def setupUi(self, PeopleView):
        if not PeopleView.objectName():
            PeopleView.setObjectName(u"PeopleView")
        self.mainLayout = QVBoxLayout(PeopleView)
        self.mainLayout.setSpacing(12)
        self.mainLayout.setObjectName(u"mainLayout")
        self.mainLayout.setContentsMargins(28, 20, 20, 16)
        self.headerRow = QHBoxLayout()
        self.headerRow.setSpacing(8)
        self.headerRow.setObjectName(u"headerRow")
        self.headerText = QVBoxLayout()
        self.headerText.setSpacing(2)
        self.headerText.setObjectName(u"headerText")
        self.headingLabel = QLabel(PeopleView)
        self.headingLabel.setObjectName(u"headingLabel")

        self.headerText.addWidget(self.headingLabel)

        self.introLabel = QLabel(PeopleView)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.headerText.addWidget(self.introLabel)


        self.headerRow.addLayout(self.headerText)

        self.addButton = QPushButton(PeopleView)
        self.addButton.setObjectName(u"addButton")

        self.headerRow.addWidget(self.addButton)

        self.headerRow.setStretch(0, 1)

        self.mainLayout.addLayout(self.headerRow)

        self.peopleSplitter = QSplitter(PeopleView)
        self.peopleSplitter.setObjectName(u"peopleSplitter")
        self.peopleSplitter.setOrientation(Qt.Orientation.Horizontal)
        self.peopleSplitter.setChildrenCollapsible(False)
        self.peopleList = QTreeWidget(self.peopleSplitter)
        self.peopleList.setObjectName(u"peopleList")
        self.peopleList.setRootIsDecorated(False)
        self.peopleList.setUniformRowHeights(True)
        self.peopleList.setAlternatingRowColors(True)
        self.peopleSplitter.addWidget(self.peopleList)
        self.editorStack = QStackedWidget(self.peopleSplitter)
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

        self.emptyAddButton = QPushButton(self.emptyPage)
        self.emptyAddButton.setObjectName(u"emptyAddButton")

        self.emptyButtonRow.addWidget(self.emptyAddButton)

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
        self.editorScroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.editorScroll.setFrameShape(QFrame.Shape.NoFrame)
        self.editorContents = QWidget()
        self.editorContents.setObjectName(u"editorContents")
        self.editorLayout = QVBoxLayout(self.editorContents)
        self.editorLayout.setSpacing(8)
        self.editorLayout.setObjectName(u"editorLayout")
        self.editorLayout.setContentsMargins(12, 0, 8, 0)
        self.detailsForm = QFormLayout()
        self.detailsForm.setObjectName(u"detailsForm")
        self.detailsForm.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.detailsForm.setHorizontalSpacing(12)
        self.detailsForm.setVerticalSpacing(8)
        self.nameLabel = QLabel(self.editorContents)
        self.nameLabel.setObjectName(u"nameLabel")

        self.detailsForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.nameLabel)

        self.nameEdit = QLineEdit(self.editorContents)
        self.nameEdit.setObjectName(u"nameEdit")
        self.nameEdit.setMaxLength(200)

        self.detailsForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.nameEdit)

        self.relationLabel = QLabel(self.editorContents)
        self.relationLabel.setObjectName(u"relationLabel")

        self.detailsForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.relationLabel)

        self.relationCombo = QComboBox(self.editorContents)
        self.relationCombo.setObjectName(u"relationCombo")

        self.detailsForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.relationCombo)

        self.lastTalkedLabel = QLabel(self.editorContents)
        self.lastTalkedLabel.setObjectName(u"lastTalkedLabel")

        self.detailsForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.lastTalkedLabel)

        self.lastTalkedRow = QHBoxLayout()
        self.lastTalkedRow.setSpacing(6)
        self.lastTalkedRow.setObjectName(u"lastTalkedRow")
        self.lastTalkedEdit = QDateEdit(self.editorContents)
        self.lastTalkedEdit.setObjectName(u"lastTalkedEdit")
        self.lastTalkedEdit.setCalendarPopup(True)
        self.lastTalkedEdit.setMinimumSize(QSize(150, 0))

        self.lastTalkedRow.addWidget(self.lastTalkedEdit)

        self.todayButton = QPushButton(self.editorContents)
        self.todayButton.setObjectName(u"todayButton")

        self.lastTalkedRow.addWidget(self.todayButton)

        self.clearTalkedButton = QToolButton(self.editorContents)
        self.clearTalkedButton.setObjectName(u"clearTalkedButton")

        self.lastTalkedRow.addWidget(self.clearTalkedButton)

        self.lastTalkedSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.lastTalkedRow.addItem(self.lastTalkedSpacer)


        self.detailsForm.setLayout(2, QFormLayout.ItemRole.FieldRole, self.lastTalkedRow)


        self.editorLayout.addLayout(self.detailsForm)

        self.reachLabel = QLabel(self.editorContents)
        self.reachLabel.setObjectName(u"reachLabel")

        self.editorLayout.addWidget(self.reachLabel)

        self.reachEdit = QPlainTextEdit(self.editorContents)
        self.reachEdit.setObjectName(u"reachEdit")
        self.reachEdit.setTabChangesFocus(True)
        self.reachEdit.setMinimumSize(QSize(0, 60))
        self.reachEdit.setMaximumSize(QSize(16777215, 90))

        self.editorLayout.addWidget(self.reachEdit)

        self.notesLabel = QLabel(self.editorContents)
        self.notesLabel.setObjectName(u"notesLabel")

        self.editorLayout.addWidget(self.notesLabel)

        self.notesEdit = QPlainTextEdit(self.editorContents)
        self.notesEdit.setObjectName(u"notesEdit")
        self.notesEdit.setTabChangesFocus(True)
        self.notesEdit.setMinimumSize(QSize(0, 70))

        self.editorLayout.addWidget(self.notesEdit)

        self.remindRow = QHBoxLayout()
        self.remindRow.setSpacing(6)
        self.remindRow.setObjectName(u"remindRow")
        self.remindCheck = QCheckBox(self.editorContents)
        self.remindCheck.setObjectName(u"remindCheck")

        self.remindRow.addWidget(self.remindCheck)

        self.remindSpin = QSpinBox(self.editorContents)
        self.remindSpin.setObjectName(u"remindSpin")
        self.remindSpin.setMinimum(1)
        self.remindSpin.setMaximum(52)
        self.remindSpin.setValue(4)
        self.remindSpin.setMinimumSize(QSize(90, 0))

        self.remindRow.addWidget(self.remindSpin)

        self.remindSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.remindRow.addItem(self.remindSpacer)


        self.editorLayout.addLayout(self.remindRow)

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
        self.peopleSplitter.addWidget(self.editorStack)

        self.mainLayout.addWidget(self.peopleSplitter)

#if QT_CONFIG(shortcut)
        self.nameLabel.setBuddy(self.nameEdit)
        self.relationLabel.setBuddy(self.relationCombo)
        self.lastTalkedLabel.setBuddy(self.lastTalkedEdit)
        self.reachLabel.setBuddy(self.reachEdit)
        self.notesLabel.setBuddy(self.notesEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.addButton, self.peopleList)
        QWidget.setTabOrder(self.peopleList, self.emptyAddButton)
        QWidget.setTabOrder(self.emptyAddButton, self.nameEdit)
        QWidget.setTabOrder(self.nameEdit, self.relationCombo)
        QWidget.setTabOrder(self.relationCombo, self.lastTalkedEdit)
        QWidget.setTabOrder(self.lastTalkedEdit, self.todayButton)
        QWidget.setTabOrder(self.todayButton, self.clearTalkedButton)
        QWidget.setTabOrder(self.clearTalkedButton, self.reachEdit)
        QWidget.setTabOrder(self.reachEdit, self.notesEdit)
        QWidget.setTabOrder(self.notesEdit, self.remindCheck)
        QWidget.setTabOrder(self.remindCheck, self.remindSpin)
        QWidget.setTabOrder(self.remindSpin, self.deleteButton)

        self.retranslateUi(PeopleView)

        QMetaObject.connectSlotsByName(PeopleView)
    # setupUi

    def retranslateUi(self, PeopleView):
        PeopleView.setWindowTitle(QCoreApplication.translate("PeopleView", u"People I can talk to", None))
        self.headingLabel.setText(QCoreApplication.translate("PeopleView", u"People I can talk to", None))
        self.introLabel.setText(QCoreApplication.translate("PeopleView", u"Who you can turn to, and how to reach them. The app never contacts anyone.", None))
        self.addButton.setText(QCoreApplication.translate("PeopleView", u"Add a person", None))
#if QT_CONFIG(accessibility)
        self.addButton.setAccessibleDescription(QCoreApplication.translate("PeopleView", u"Add someone to your address book", None))
#endif // QT_CONFIG(accessibility)
        ___qtreewidgetitem = self.peopleList.headerItem()
        ___qtreewidgetitem.setText(2, QCoreApplication.translate("PeopleView", u"Last talked", None))
        ___qtreewidgetitem.setText(1, QCoreApplication.translate("PeopleView", u"Who they are to me", None))
        ___qtreewidgetitem.setText(0, QCoreApplication.translate("PeopleView", u"Name", None))
#if QT_CONFIG(accessibility)
        self.peopleList.setAccessibleDescription(QCoreApplication.translate("PeopleView", u"The people you can turn to; choose one to see or change their details", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.peopleList.setAccessibleName(QCoreApplication.translate("PeopleView", u"People I can talk to", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.emptyAddButton.setAccessibleDescription(QCoreApplication.translate("PeopleView", u"Adds someone you can talk to", None))
#endif // QT_CONFIG(accessibility)
        self.emptyAddButton.setText(QCoreApplication.translate("PeopleView", u"Add a person", None))
        self.nameLabel.setText(QCoreApplication.translate("PeopleView", u"Name", None))
#if QT_CONFIG(accessibility)
        self.nameEdit.setAccessibleName(QCoreApplication.translate("PeopleView", u"Name", None))
#endif // QT_CONFIG(accessibility)
        self.nameEdit.setPlaceholderText(QCoreApplication.translate("PeopleView", u"A first name is enough", None))
        self.relationLabel.setText(QCoreApplication.translate("PeopleView", u"Who they are to me", None))
#if QT_CONFIG(accessibility)
        self.relationCombo.setAccessibleDescription(QCoreApplication.translate("PeopleView", u"A peer supporter, your supervisor, a friend, family or an organisation", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.relationCombo.setAccessibleName(QCoreApplication.translate("PeopleView", u"Who they are to me", None))
#endif // QT_CONFIG(accessibility)
        self.lastTalkedLabel.setText(QCoreApplication.translate("PeopleView", u"When we last talked", None))
#if QT_CONFIG(accessibility)
        self.lastTalkedEdit.setAccessibleDescription(QCoreApplication.translate("PeopleView", u"The day you last talked", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.lastTalkedEdit.setAccessibleName(QCoreApplication.translate("PeopleView", u"When we last talked", None))
#endif // QT_CONFIG(accessibility)
        self.lastTalkedEdit.setDisplayFormat(QCoreApplication.translate("PeopleView", u"d MMMM yyyy", None))
        self.lastTalkedEdit.setSpecialValueText(QCoreApplication.translate("PeopleView", u"Not noted yet", None))
#if QT_CONFIG(accessibility)
        self.todayButton.setAccessibleDescription(QCoreApplication.translate("PeopleView", u"Notes that you talked with them today", None))
#endif // QT_CONFIG(accessibility)
        self.todayButton.setText(QCoreApplication.translate("PeopleView", u"Today", None))
#if QT_CONFIG(accessibility)
        self.todayButton.setAccessibleName(QCoreApplication.translate("PeopleView", u"We talked today", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.clearTalkedButton.setAccessibleDescription(QCoreApplication.translate("PeopleView", u"Forgets the date you last talked", None))
#endif // QT_CONFIG(accessibility)
        self.clearTalkedButton.setText(QCoreApplication.translate("PeopleView", u"Clear", None))
#if QT_CONFIG(accessibility)
        self.clearTalkedButton.setAccessibleName(QCoreApplication.translate("PeopleView", u"Clear when we last talked", None))
#endif // QT_CONFIG(accessibility)
        self.reachLabel.setText(QCoreApplication.translate("PeopleView", u"How I reach them", None))
#if QT_CONFIG(accessibility)
        self.reachEdit.setAccessibleDescription(QCoreApplication.translate("PeopleView", u"A number, an email or where you see them. The app never contacts anyone.", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.reachEdit.setAccessibleName(QCoreApplication.translate("PeopleView", u"How I reach them", None))
#endif // QT_CONFIG(accessibility)
        self.reachEdit.setPlaceholderText(QCoreApplication.translate("PeopleView", u"A number, an email, \"in the office on Tuesdays\"\u2026 Only for you to read: the app never dials or sends.", None))
        self.notesLabel.setText(QCoreApplication.translate("PeopleView", u"Notes", None))
#if QT_CONFIG(accessibility)
        self.notesEdit.setAccessibleDescription(QCoreApplication.translate("PeopleView", u"Anything you want to remember about them", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.notesEdit.setAccessibleName(QCoreApplication.translate("PeopleView", u"Notes", None))
#endif // QT_CONFIG(accessibility)
        self.notesEdit.setPlaceholderText(QCoreApplication.translate("PeopleView", u"Anything that helps: what they're good to talk to about, a good time to call.", None))
        self.remindCheck.setText(QCoreApplication.translate("PeopleView", u"Remind me if we haven't been in touch for", None))
#if QT_CONFIG(accessibility)
        self.remindCheck.setAccessibleDescription(QCoreApplication.translate("PeopleView", u"A quiet line on Today, only for the people you choose", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.remindSpin.setAccessibleDescription(QCoreApplication.translate("PeopleView", u"Today mentions them after this many weeks without a chat", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.remindSpin.setAccessibleName(QCoreApplication.translate("PeopleView", u"Weeks before a reminder", None))
#endif // QT_CONFIG(accessibility)
        self.remindSpin.setSuffix(QCoreApplication.translate("PeopleView", u" weeks", None))
#if QT_CONFIG(accessibility)
        self.saveStatusLabel.setAccessibleName(QCoreApplication.translate("PeopleView", u"Saving", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.deleteButton.setAccessibleDescription(QCoreApplication.translate("PeopleView", u"Takes this person out of your address book", None))
#endif // QT_CONFIG(accessibility)
        self.deleteButton.setText(QCoreApplication.translate("PeopleView", u"Remove from my address book\u2026", None))
#if QT_CONFIG(accessibility)
        self.deleteButton.setAccessibleName(QCoreApplication.translate("PeopleView", u"Remove this person from my address book", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

