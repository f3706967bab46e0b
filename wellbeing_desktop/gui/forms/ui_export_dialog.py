# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'export_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication, QMetaObject
from PySide6.QtWidgets import QButtonGroup, QComboBox, QHBoxLayout, QLabel, QLineEdit, QListWidget, QPushButton, QRadioButton, QSizePolicy, QSpacerItem, QVBoxLayout, QWidget

class Ui_ExportDialog(object):
    def setupUi(self, ExportDialog):
        if not ExportDialog.objectName():
            ExportDialog.setObjectName(u"ExportDialog")
        ExportDialog.resize(600, 620)
        self.mainLayout = QVBoxLayout(ExportDialog)
        self.mainLayout.setSpacing(10)
        self.mainLayout.setObjectName(u"mainLayout")
        self.mainLayout.setContentsMargins(22, 18, 22, 16)
        self.headingLabel = QLabel(ExportDialog)
        self.headingLabel.setObjectName(u"headingLabel")
        self.headingLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.headingLabel)

        self.choicesLayout = QVBoxLayout()
        self.choicesLayout.setSpacing(6)
        self.choicesLayout.setObjectName(u"choicesLayout")
        self.everythingRadio = QRadioButton(ExportDialog)
        self.choiceGroup = QButtonGroup(ExportDialog)
        self.choiceGroup.setObjectName(u"choiceGroup")
        self.choiceGroup.addButton(self.everythingRadio)
        self.everythingRadio.setObjectName(u"everythingRadio")
        self.everythingRadio.setChecked(True)

        self.choicesLayout.addWidget(self.everythingRadio)

        self.diaryMarkdownRadio = QRadioButton(ExportDialog)
        self.choiceGroup.addButton(self.diaryMarkdownRadio)
        self.diaryMarkdownRadio.setObjectName(u"diaryMarkdownRadio")

        self.choicesLayout.addWidget(self.diaryMarkdownRadio)

        self.checkinsCsvRadio = QRadioButton(ExportDialog)
        self.choiceGroup.addButton(self.checkinsCsvRadio)
        self.checkinsCsvRadio.setObjectName(u"checkinsCsvRadio")

        self.choicesLayout.addWidget(self.checkinsCsvRadio)

        self.planPdfRadio = QRadioButton(ExportDialog)
        self.choiceGroup.addButton(self.planPdfRadio)
        self.planPdfRadio.setObjectName(u"planPdfRadio")

        self.choicesLayout.addWidget(self.planPdfRadio)

        self.supervisionPdfRadio = QRadioButton(ExportDialog)
        self.choiceGroup.addButton(self.supervisionPdfRadio)
        self.supervisionPdfRadio.setObjectName(u"supervisionPdfRadio")

        self.choicesLayout.addWidget(self.supervisionPdfRadio)

        self.periodLayout = QHBoxLayout()
        self.periodLayout.setObjectName(u"periodLayout")
        self.periodLayout.setContentsMargins(28, -1, -1, -1)
        self.periodLabel = QLabel(ExportDialog)
        self.periodLabel.setObjectName(u"periodLabel")

        self.periodLayout.addWidget(self.periodLabel)

        self.periodCombo = QComboBox(ExportDialog)
        self.periodCombo.addItem("")
        self.periodCombo.addItem("")
        self.periodCombo.addItem("")
        self.periodCombo.addItem("")
        self.periodCombo.setObjectName(u"periodCombo")

        self.periodLayout.addWidget(self.periodCombo)

        self.periodSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.periodLayout.addItem(self.periodSpacer)


        self.choicesLayout.addLayout(self.periodLayout)

        self.entriesPdfRadio = QRadioButton(ExportDialog)
        self.choiceGroup.addButton(self.entriesPdfRadio)
        self.entriesPdfRadio.setObjectName(u"entriesPdfRadio")

        self.choicesLayout.addWidget(self.entriesPdfRadio)


        self.mainLayout.addLayout(self.choicesLayout)

        self.entriesPanel = QWidget(ExportDialog)
        self.entriesPanel.setObjectName(u"entriesPanel")
        self.entriesLayout = QVBoxLayout(self.entriesPanel)
        self.entriesLayout.setSpacing(6)
        self.entriesLayout.setObjectName(u"entriesLayout")
        self.entriesLayout.setContentsMargins(24, 0, 0, 0)
        self.filterEdit = QLineEdit(self.entriesPanel)
        self.filterEdit.setObjectName(u"filterEdit")
        self.filterEdit.setClearButtonEnabled(True)

        self.entriesLayout.addWidget(self.filterEdit)

        self.entryList = QListWidget(self.entriesPanel)
        self.entryList.setObjectName(u"entryList")
        self.entryList.setAlternatingRowColors(True)
        self.entryList.setUniformItemSizes(True)

        self.entriesLayout.addWidget(self.entryList)

        self.chosenRow = QHBoxLayout()
        self.chosenRow.setObjectName(u"chosenRow")
        self.chosenLabel = QLabel(self.entriesPanel)
        self.chosenLabel.setObjectName(u"chosenLabel")

        self.chosenRow.addWidget(self.chosenLabel)

        self.chosenSpacer = QSpacerItem(20, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.chosenRow.addItem(self.chosenSpacer)

        self.chooseShownButton = QPushButton(self.entriesPanel)
        self.chooseShownButton.setObjectName(u"chooseShownButton")
        self.chooseShownButton.setAutoDefault(False)

        self.chosenRow.addWidget(self.chooseShownButton)

        self.clearChosenButton = QPushButton(self.entriesPanel)
        self.clearChosenButton.setObjectName(u"clearChosenButton")
        self.clearChosenButton.setAutoDefault(False)

        self.chosenRow.addWidget(self.clearChosenButton)


        self.entriesLayout.addLayout(self.chosenRow)


        self.mainLayout.addWidget(self.entriesPanel)

        self.choicesSpacer = QSpacerItem(10, 4, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.mainLayout.addItem(self.choicesSpacer)

        self.warningLabel = QLabel(ExportDialog)
        self.warningLabel.setObjectName(u"warningLabel")
        self.warningLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.warningLabel)

        self.statusLabel = QLabel(ExportDialog)
        self.statusLabel.setObjectName(u"statusLabel")
        self.statusLabel.setText(u"")
        self.statusLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.statusLabel)

        self.buttonRow = QHBoxLayout()
        self.buttonRow.setSpacing(8)
        self.buttonRow.setObjectName(u"buttonRow")
        self.buttonSpacer = QSpacerItem(20, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonRow.addItem(self.buttonSpacer)

        self.printButton = QPushButton(ExportDialog)
        self.printButton.setObjectName(u"printButton")
        self.printButton.setAutoDefault(False)

        self.buttonRow.addWidget(self.printButton)

        self.saveButton = QPushButton(ExportDialog)
        self.saveButton.setObjectName(u"saveButton")

        self.buttonRow.addWidget(self.saveButton)

        self.cancelButton = QPushButton(ExportDialog)
        self.cancelButton.setObjectName(u"cancelButton")
        self.cancelButton.setAutoDefault(False)

        self.buttonRow.addWidget(self.cancelButton)


        self.mainLayout.addLayout(self.buttonRow)

#if QT_CONFIG(shortcut)
        self.periodLabel.setBuddy(self.periodCombo)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.everythingRadio, self.diaryMarkdownRadio)
        QWidget.setTabOrder(self.diaryMarkdownRadio, self.checkinsCsvRadio)
        QWidget.setTabOrder(self.checkinsCsvRadio, self.planPdfRadio)
        QWidget.setTabOrder(self.planPdfRadio, self.supervisionPdfRadio)
        QWidget.setTabOrder(self.supervisionPdfRadio, self.periodCombo)
        QWidget.setTabOrder(self.periodCombo, self.entriesPdfRadio)
        QWidget.setTabOrder(self.entriesPdfRadio, self.filterEdit)
        QWidget.setTabOrder(self.filterEdit, self.entryList)
        QWidget.setTabOrder(self.entryList, self.chooseShownButton)
        QWidget.setTabOrder(self.chooseShownButton, self.clearChosenButton)
        QWidget.setTabOrder(self.clearChosenButton, self.printButton)
        QWidget.setTabOrder(self.printButton, self.saveButton)
        QWidget.setTabOrder(self.saveButton, self.cancelButton)

        self.retranslateUi(ExportDialog)

        self.saveButton.setDefault(True)


        QMetaObject.connectSlotsByName(ExportDialog)
    # setupUi

    def retranslateUi(self, ExportDialog):
        ExportDialog.setWindowTitle(QCoreApplication.translate("ExportDialog", u"Export or print", None))
        self.headingLabel.setText(QCoreApplication.translate("ExportDialog", u"What would you like to export or print?", None))
#if QT_CONFIG(accessibility)
        self.everythingRadio.setAccessibleDescription(QCoreApplication.translate("ExportDialog", u"All your data in one file, to keep or to move to another app", None))
#endif // QT_CONFIG(accessibility)
        self.everythingRadio.setText(QCoreApplication.translate("ExportDialog", u"Everything, as a file you can import again (JSON)", None))
#if QT_CONFIG(accessibility)
        self.everythingRadio.setAccessibleName(QCoreApplication.translate("ExportDialog", u"Everything, as JSON", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.diaryMarkdownRadio.setAccessibleDescription(QCoreApplication.translate("ExportDialog", u"Your diary entries, as plain text", None))
#endif // QT_CONFIG(accessibility)
        self.diaryMarkdownRadio.setText(QCoreApplication.translate("ExportDialog", u"My diary, as text any editor can open (Markdown)", None))
#if QT_CONFIG(accessibility)
        self.diaryMarkdownRadio.setAccessibleName(QCoreApplication.translate("ExportDialog", u"My diary, as Markdown", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.checkinsCsvRadio.setAccessibleDescription(QCoreApplication.translate("ExportDialog", u"Every check-in, as a file a spreadsheet can open", None))
#endif // QT_CONFIG(accessibility)
        self.checkinsCsvRadio.setText(QCoreApplication.translate("ExportDialog", u"My check-ins, for a spreadsheet (CSV)", None))
#if QT_CONFIG(accessibility)
        self.checkinsCsvRadio.setAccessibleName(QCoreApplication.translate("ExportDialog", u"My check-ins, as CSV", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.planPdfRadio.setAccessibleDescription(QCoreApplication.translate("ExportDialog", u"Your self-care plan, in one document", None))
#endif // QT_CONFIG(accessibility)
        self.planPdfRadio.setText(QCoreApplication.translate("ExportDialog", u"My self-care plan, with support contacts (PDF or print)", None))
#if QT_CONFIG(accessibility)
        self.planPdfRadio.setAccessibleName(QCoreApplication.translate("ExportDialog", u"My self-care plan, as PDF or print", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.supervisionPdfRadio.setAccessibleDescription(QCoreApplication.translate("ExportDialog", u"What you chose to bring to supervision, in one document", None))
#endif // QT_CONFIG(accessibility)
        self.supervisionPdfRadio.setText(QCoreApplication.translate("ExportDialog", u"My supervision pack: plan, flagged entries, mood summary (PDF or print)", None))
#if QT_CONFIG(accessibility)
        self.supervisionPdfRadio.setAccessibleName(QCoreApplication.translate("ExportDialog", u"My supervision pack, as PDF or print", None))
#endif // QT_CONFIG(accessibility)
        self.periodLabel.setText(QCoreApplication.translate("ExportDialog", u"Mood &over:", None))
        self.periodCombo.setItemText(0, QCoreApplication.translate("ExportDialog", u"the last two weeks", None))
        self.periodCombo.setItemText(1, QCoreApplication.translate("ExportDialog", u"the last three months", None))
        self.periodCombo.setItemText(2, QCoreApplication.translate("ExportDialog", u"the last year", None))
        self.periodCombo.setItemText(3, QCoreApplication.translate("ExportDialog", u"all the time I have checked in", None))

#if QT_CONFIG(accessibility)
        self.periodCombo.setAccessibleDescription(QCoreApplication.translate("ExportDialog", u"How far back the mood summary in the pack goes", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.periodCombo.setAccessibleName(QCoreApplication.translate("ExportDialog", u"The time the pack's mood summary covers", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.entriesPdfRadio.setAccessibleDescription(QCoreApplication.translate("ExportDialog", u"Only the diary entries you tick below", None))
#endif // QT_CONFIG(accessibility)
        self.entriesPdfRadio.setText(QCoreApplication.translate("ExportDialog", u"Diary entries I choose (PDF or print)", None))
#if QT_CONFIG(accessibility)
        self.entriesPdfRadio.setAccessibleName(QCoreApplication.translate("ExportDialog", u"Diary entries I choose, as PDF or print", None))
#endif // QT_CONFIG(accessibility)
        self.filterEdit.setPlaceholderText(QCoreApplication.translate("ExportDialog", u"Filter by title or date", None))
#if QT_CONFIG(accessibility)
        self.filterEdit.setAccessibleName(QCoreApplication.translate("ExportDialog", u"Filter the entries by title or date", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.entryList.setAccessibleDescription(QCoreApplication.translate("ExportDialog", u"Tick the entries you want to include", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.entryList.setAccessibleName(QCoreApplication.translate("ExportDialog", u"Diary entries to include", None))
#endif // QT_CONFIG(accessibility)
        self.chosenLabel.setText(QCoreApplication.translate("ExportDialog", u"None chosen yet", None))
#if QT_CONFIG(accessibility)
        self.chooseShownButton.setAccessibleDescription(QCoreApplication.translate("ExportDialog", u"Ticks every entry in the list", None))
#endif // QT_CONFIG(accessibility)
        self.chooseShownButton.setText(QCoreApplication.translate("ExportDialog", u"Choose all shown", None))
#if QT_CONFIG(accessibility)
        self.clearChosenButton.setAccessibleDescription(QCoreApplication.translate("ExportDialog", u"Unticks every entry", None))
#endif // QT_CONFIG(accessibility)
        self.clearChosenButton.setText(QCoreApplication.translate("ExportDialog", u"Clear", None))
#if QT_CONFIG(accessibility)
        self.clearChosenButton.setAccessibleName(QCoreApplication.translate("ExportDialog", u"Clear the chosen entries", None))
#endif // QT_CONFIG(accessibility)
        self.warningLabel.setText(QCoreApplication.translate("ExportDialog", u"The file you save will not be encrypted: anyone who can open the folder you save it in can read it.", None))
#if QT_CONFIG(accessibility)
        self.printButton.setAccessibleDescription(QCoreApplication.translate("ExportDialog", u"Prints what you chose", None))
#endif // QT_CONFIG(accessibility)
        self.printButton.setText(QCoreApplication.translate("ExportDialog", u"Print\u2026", None))
#if QT_CONFIG(accessibility)
        self.saveButton.setAccessibleDescription(QCoreApplication.translate("ExportDialog", u"Saves what you chose to a file; you pick where", None))
#endif // QT_CONFIG(accessibility)
        self.saveButton.setText(QCoreApplication.translate("ExportDialog", u"Save\u2026", None))
#if QT_CONFIG(accessibility)
        self.cancelButton.setAccessibleDescription(QCoreApplication.translate("ExportDialog", u"Closes without saving or printing anything", None))
#endif // QT_CONFIG(accessibility)
        self.cancelButton.setText(QCoreApplication.translate("ExportDialog", u"Cancel", None))
    # retranslateUi

