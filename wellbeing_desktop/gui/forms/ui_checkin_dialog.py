# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'checkin_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication, QMetaObject, QSize, Qt
from PySide6.QtWidgets import QButtonGroup, QDialogButtonBox, QDoubleSpinBox, QFormLayout, QGroupBox, QHBoxLayout, QLabel, QLineEdit, QPlainTextEdit, QPushButton, QSizePolicy, QSlider, QSpacerItem, QToolButton, QVBoxLayout, QWidget

class Ui_CheckInDialog(object):
    def setupUi(self, CheckInDialog):
        if not CheckInDialog.objectName():
            CheckInDialog.setObjectName(u"CheckInDialog")
        CheckInDialog.resize(640, 560)
        self.mainLayout = QVBoxLayout(CheckInDialog)
        self.mainLayout.setSpacing(10)
        self.mainLayout.setObjectName(u"mainLayout")
        self.mainLayout.setContentsMargins(20, 18, 20, 14)
        self.headingLabel = QLabel(CheckInDialog)
        self.headingLabel.setObjectName(u"headingLabel")
        self.headingLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.headingLabel)

        self.moodColumn = QVBoxLayout()
        self.moodColumn.setSpacing(4)
        self.moodColumn.setObjectName(u"moodColumn")
        self.moodRow = QHBoxLayout()
        self.moodRow.setSpacing(6)
        self.moodRow.setObjectName(u"moodRow")
        self.mood1Button = QPushButton(CheckInDialog)
        self.moodGroup = QButtonGroup(CheckInDialog)
        self.moodGroup.setObjectName(u"moodGroup")
        self.moodGroup.addButton(self.mood1Button)
        self.mood1Button.setObjectName(u"mood1Button")
        self.mood1Button.setText(u"1")
        self.mood1Button.setCheckable(True)
        self.mood1Button.setAutoDefault(False)
        self.mood1Button.setMinimumSize(QSize(40, 40))

        self.moodRow.addWidget(self.mood1Button)

        self.mood2Button = QPushButton(CheckInDialog)
        self.moodGroup.addButton(self.mood2Button)
        self.mood2Button.setObjectName(u"mood2Button")
        self.mood2Button.setText(u"2")
        self.mood2Button.setCheckable(True)
        self.mood2Button.setAutoDefault(False)
        self.mood2Button.setMinimumSize(QSize(40, 40))

        self.moodRow.addWidget(self.mood2Button)

        self.mood3Button = QPushButton(CheckInDialog)
        self.moodGroup.addButton(self.mood3Button)
        self.mood3Button.setObjectName(u"mood3Button")
        self.mood3Button.setText(u"3")
        self.mood3Button.setCheckable(True)
        self.mood3Button.setAutoDefault(False)
        self.mood3Button.setMinimumSize(QSize(40, 40))

        self.moodRow.addWidget(self.mood3Button)

        self.mood4Button = QPushButton(CheckInDialog)
        self.moodGroup.addButton(self.mood4Button)
        self.mood4Button.setObjectName(u"mood4Button")
        self.mood4Button.setText(u"4")
        self.mood4Button.setCheckable(True)
        self.mood4Button.setAutoDefault(False)
        self.mood4Button.setMinimumSize(QSize(40, 40))

        self.moodRow.addWidget(self.mood4Button)

        self.mood5Button = QPushButton(CheckInDialog)
        self.moodGroup.addButton(self.mood5Button)
        self.mood5Button.setObjectName(u"mood5Button")
        self.mood5Button.setText(u"5")
        self.mood5Button.setCheckable(True)
        self.mood5Button.setAutoDefault(False)
        self.mood5Button.setMinimumSize(QSize(40, 40))

        self.moodRow.addWidget(self.mood5Button)

        self.mood6Button = QPushButton(CheckInDialog)
        self.moodGroup.addButton(self.mood6Button)
        self.mood6Button.setObjectName(u"mood6Button")
        self.mood6Button.setText(u"6")
        self.mood6Button.setCheckable(True)
        self.mood6Button.setAutoDefault(False)
        self.mood6Button.setMinimumSize(QSize(40, 40))

        self.moodRow.addWidget(self.mood6Button)

        self.mood7Button = QPushButton(CheckInDialog)
        self.moodGroup.addButton(self.mood7Button)
        self.mood7Button.setObjectName(u"mood7Button")
        self.mood7Button.setText(u"7")
        self.mood7Button.setCheckable(True)
        self.mood7Button.setAutoDefault(False)
        self.mood7Button.setMinimumSize(QSize(40, 40))

        self.moodRow.addWidget(self.mood7Button)

        self.mood8Button = QPushButton(CheckInDialog)
        self.moodGroup.addButton(self.mood8Button)
        self.mood8Button.setObjectName(u"mood8Button")
        self.mood8Button.setText(u"8")
        self.mood8Button.setCheckable(True)
        self.mood8Button.setAutoDefault(False)
        self.mood8Button.setMinimumSize(QSize(40, 40))

        self.moodRow.addWidget(self.mood8Button)

        self.mood9Button = QPushButton(CheckInDialog)
        self.moodGroup.addButton(self.mood9Button)
        self.mood9Button.setObjectName(u"mood9Button")
        self.mood9Button.setText(u"9")
        self.mood9Button.setCheckable(True)
        self.mood9Button.setAutoDefault(False)
        self.mood9Button.setMinimumSize(QSize(40, 40))

        self.moodRow.addWidget(self.mood9Button)

        self.mood10Button = QPushButton(CheckInDialog)
        self.moodGroup.addButton(self.mood10Button)
        self.mood10Button.setObjectName(u"mood10Button")
        self.mood10Button.setText(u"10")
        self.mood10Button.setCheckable(True)
        self.mood10Button.setAutoDefault(False)
        self.mood10Button.setMinimumSize(QSize(40, 40))

        self.moodRow.addWidget(self.mood10Button)


        self.moodColumn.addLayout(self.moodRow)

        self.moodEndsRow = QHBoxLayout()
        self.moodEndsRow.setObjectName(u"moodEndsRow")
        self.moodLowLabel = QLabel(CheckInDialog)
        self.moodLowLabel.setObjectName(u"moodLowLabel")
        self.moodLowLabel.setText(u"low")

        self.moodEndsRow.addWidget(self.moodLowLabel)

        self.moodEndsSpacer = QSpacerItem(24, 0, QSizePolicy.Policy.MinimumExpanding, QSizePolicy.Policy.Minimum)

        self.moodEndsRow.addItem(self.moodEndsSpacer)

        self.moodHighLabel = QLabel(CheckInDialog)
        self.moodHighLabel.setObjectName(u"moodHighLabel")
        self.moodHighLabel.setText(u"high")

        self.moodEndsRow.addWidget(self.moodHighLabel)


        self.moodColumn.addLayout(self.moodEndsRow)


        self.mainLayout.addLayout(self.moodColumn)

        self.optionalLabel = QLabel(CheckInDialog)
        self.optionalLabel.setObjectName(u"optionalLabel")
        self.optionalLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.optionalLabel)

        self.optionalForm = QFormLayout()
        self.optionalForm.setObjectName(u"optionalForm")
        self.optionalForm.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.optionalForm.setLabelAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignTop)
        self.optionalForm.setHorizontalSpacing(14)
        self.optionalForm.setVerticalSpacing(10)
        self.stressLabel = QLabel(CheckInDialog)
        self.stressLabel.setObjectName(u"stressLabel")
        self.stressLabel.setWordWrap(True)

        self.optionalForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.stressLabel)

        self.stressColumn = QVBoxLayout()
        self.stressColumn.setSpacing(2)
        self.stressColumn.setObjectName(u"stressColumn")
        self.stressRow = QHBoxLayout()
        self.stressRow.setObjectName(u"stressRow")
        self.stressSlider = QSlider(CheckInDialog)
        self.stressSlider.setObjectName(u"stressSlider")
        self.stressSlider.setMinimum(1)
        self.stressSlider.setMaximum(10)
        self.stressSlider.setPageStep(1)
        self.stressSlider.setValue(5)
        self.stressSlider.setOrientation(Qt.Orientation.Horizontal)
        self.stressSlider.setTickPosition(QSlider.TickPosition.TicksBelow)
        self.stressSlider.setTickInterval(1)

        self.stressRow.addWidget(self.stressSlider)

        self.stressValueLabel = QLabel(CheckInDialog)
        self.stressValueLabel.setObjectName(u"stressValueLabel")
        self.stressValueLabel.setMinimumSize(QSize(96, 0))

        self.stressRow.addWidget(self.stressValueLabel)

        self.stressClearButton = QToolButton(CheckInDialog)
        self.stressClearButton.setObjectName(u"stressClearButton")

        self.stressRow.addWidget(self.stressClearButton)


        self.stressColumn.addLayout(self.stressRow)

        self.stressEndsRow = QHBoxLayout()
        self.stressEndsRow.setObjectName(u"stressEndsRow")
        self.stressLowLabel = QLabel(CheckInDialog)
        self.stressLowLabel.setObjectName(u"stressLowLabel")
        self.stressLowLabel.setText(u"low")

        self.stressEndsRow.addWidget(self.stressLowLabel)

        self.stressEndsSpacer = QSpacerItem(24, 0, QSizePolicy.Policy.MinimumExpanding, QSizePolicy.Policy.Minimum)

        self.stressEndsRow.addItem(self.stressEndsSpacer)

        self.stressHighLabel = QLabel(CheckInDialog)
        self.stressHighLabel.setObjectName(u"stressHighLabel")
        self.stressHighLabel.setText(u"high")

        self.stressEndsRow.addWidget(self.stressHighLabel)

        self.stressEndsPad = QSpacerItem(150, 0, QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Minimum)

        self.stressEndsRow.addItem(self.stressEndsPad)


        self.stressColumn.addLayout(self.stressEndsRow)


        self.optionalForm.setLayout(0, QFormLayout.ItemRole.FieldRole, self.stressColumn)

        self.energyLabel = QLabel(CheckInDialog)
        self.energyLabel.setObjectName(u"energyLabel")
        self.energyLabel.setWordWrap(True)

        self.optionalForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.energyLabel)

        self.energyColumn = QVBoxLayout()
        self.energyColumn.setSpacing(2)
        self.energyColumn.setObjectName(u"energyColumn")
        self.energyRow = QHBoxLayout()
        self.energyRow.setObjectName(u"energyRow")
        self.energySlider = QSlider(CheckInDialog)
        self.energySlider.setObjectName(u"energySlider")
        self.energySlider.setMinimum(1)
        self.energySlider.setMaximum(10)
        self.energySlider.setPageStep(1)
        self.energySlider.setValue(5)
        self.energySlider.setOrientation(Qt.Orientation.Horizontal)
        self.energySlider.setTickPosition(QSlider.TickPosition.TicksBelow)
        self.energySlider.setTickInterval(1)

        self.energyRow.addWidget(self.energySlider)

        self.energyValueLabel = QLabel(CheckInDialog)
        self.energyValueLabel.setObjectName(u"energyValueLabel")
        self.energyValueLabel.setMinimumSize(QSize(96, 0))

        self.energyRow.addWidget(self.energyValueLabel)

        self.energyClearButton = QToolButton(CheckInDialog)
        self.energyClearButton.setObjectName(u"energyClearButton")

        self.energyRow.addWidget(self.energyClearButton)


        self.energyColumn.addLayout(self.energyRow)

        self.energyEndsRow = QHBoxLayout()
        self.energyEndsRow.setObjectName(u"energyEndsRow")
        self.energyLowLabel = QLabel(CheckInDialog)
        self.energyLowLabel.setObjectName(u"energyLowLabel")
        self.energyLowLabel.setText(u"low")

        self.energyEndsRow.addWidget(self.energyLowLabel)

        self.energyEndsSpacer = QSpacerItem(24, 0, QSizePolicy.Policy.MinimumExpanding, QSizePolicy.Policy.Minimum)

        self.energyEndsRow.addItem(self.energyEndsSpacer)

        self.energyHighLabel = QLabel(CheckInDialog)
        self.energyHighLabel.setObjectName(u"energyHighLabel")
        self.energyHighLabel.setText(u"high")

        self.energyEndsRow.addWidget(self.energyHighLabel)

        self.energyEndsPad = QSpacerItem(150, 0, QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Minimum)

        self.energyEndsRow.addItem(self.energyEndsPad)


        self.energyColumn.addLayout(self.energyEndsRow)


        self.optionalForm.setLayout(1, QFormLayout.ItemRole.FieldRole, self.energyColumn)

        self.sleepLabel = QLabel(CheckInDialog)
        self.sleepLabel.setObjectName(u"sleepLabel")
        self.sleepLabel.setWordWrap(True)

        self.optionalForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.sleepLabel)

        self.sleepRow = QHBoxLayout()
        self.sleepRow.setObjectName(u"sleepRow")
        self.sleepSpin = QDoubleSpinBox(CheckInDialog)
        self.sleepSpin.setObjectName(u"sleepSpin")
        self.sleepSpin.setDecimals(1)
        self.sleepSpin.setMinimum(-0.500000000000000)
        self.sleepSpin.setMaximum(24.000000000000000)
        self.sleepSpin.setSingleStep(0.500000000000000)
        self.sleepSpin.setValue(-0.500000000000000)
        self.sleepSpin.setMinimumSize(QSize(140, 0))

        self.sleepRow.addWidget(self.sleepSpin)

        self.sleepSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.sleepRow.addItem(self.sleepSpacer)


        self.optionalForm.setLayout(2, QFormLayout.ItemRole.FieldRole, self.sleepRow)

        self.feelingsLabel = QLabel(CheckInDialog)
        self.feelingsLabel.setObjectName(u"feelingsLabel")

        self.optionalForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.feelingsLabel)

        self.feelingsRow = QHBoxLayout()
        self.feelingsRow.setObjectName(u"feelingsRow")
        self.feelingsEdit = QLineEdit(CheckInDialog)
        self.feelingsEdit.setObjectName(u"feelingsEdit")
        self.feelingsEdit.setClearButtonEnabled(True)

        self.feelingsRow.addWidget(self.feelingsEdit)

        self.feelingsButton = QToolButton(CheckInDialog)
        self.feelingsButton.setObjectName(u"feelingsButton")
        self.feelingsButton.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)

        self.feelingsRow.addWidget(self.feelingsButton)


        self.optionalForm.setLayout(3, QFormLayout.ItemRole.FieldRole, self.feelingsRow)

        self.noteLabel = QLabel(CheckInDialog)
        self.noteLabel.setObjectName(u"noteLabel")

        self.optionalForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.noteLabel)

        self.noteEdit = QPlainTextEdit(CheckInDialog)
        self.noteEdit.setObjectName(u"noteEdit")
        self.noteEdit.setTabChangesFocus(True)
        self.noteEdit.setMinimumSize(QSize(0, 64))
        self.noteEdit.setMaximumSize(QSize(16777215, 110))

        self.optionalForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.noteEdit)


        self.mainLayout.addLayout(self.optionalForm)

        self.copingGroup = QGroupBox(CheckInDialog)
        self.copingGroup.setObjectName(u"copingGroup")
        self.copingLayout = QVBoxLayout(self.copingGroup)
        self.copingLayout.setObjectName(u"copingLayout")
        self.copingEmptyLabel = QLabel(self.copingGroup)
        self.copingEmptyLabel.setObjectName(u"copingEmptyLabel")
        self.copingEmptyLabel.setWordWrap(True)

        self.copingLayout.addWidget(self.copingEmptyLabel)


        self.mainLayout.addWidget(self.copingGroup)

        self.talkedGroup = QGroupBox(CheckInDialog)
        self.talkedGroup.setObjectName(u"talkedGroup")
        self.talkedGroup.setCheckable(True)
        self.talkedGroup.setChecked(False)
        self.talkedLayout = QVBoxLayout(self.talkedGroup)
        self.talkedLayout.setObjectName(u"talkedLayout")
        self.talkedLayout.setContentsMargins(-1, 4, -1, 4)
        self.talkedBox = QWidget(self.talkedGroup)
        self.talkedBox.setObjectName(u"talkedBox")
        self.talkedBoxLayout = QVBoxLayout(self.talkedBox)
        self.talkedBoxLayout.setSpacing(4)
        self.talkedBoxLayout.setObjectName(u"talkedBoxLayout")
        self.talkedBoxLayout.setContentsMargins(0, 0, 0, 0)
        self.talkedWhoLabel = QLabel(self.talkedBox)
        self.talkedWhoLabel.setObjectName(u"talkedWhoLabel")
        self.talkedWhoLabel.setWordWrap(True)

        self.talkedBoxLayout.addWidget(self.talkedWhoLabel)

        self.talkedPeopleLayout = QVBoxLayout()
        self.talkedPeopleLayout.setSpacing(2)
        self.talkedPeopleLayout.setObjectName(u"talkedPeopleLayout")

        self.talkedBoxLayout.addLayout(self.talkedPeopleLayout)

        self.talkedNameEdit = QLineEdit(self.talkedBox)
        self.talkedNameEdit.setObjectName(u"talkedNameEdit")
        self.talkedNameEdit.setMaxLength(400)
        self.talkedNameEdit.setClearButtonEnabled(True)

        self.talkedBoxLayout.addWidget(self.talkedNameEdit)


        self.talkedLayout.addWidget(self.talkedBox)


        self.mainLayout.addWidget(self.talkedGroup)

        self.errorLabel = QLabel(CheckInDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setText(u"")
        self.errorLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.errorLabel)

        self.buttonRow = QHBoxLayout()
        self.buttonRow.setObjectName(u"buttonRow")
        self.moodHintLabel = QLabel(CheckInDialog)
        self.moodHintLabel.setObjectName(u"moodHintLabel")
        self.moodHintLabel.setWordWrap(True)

        self.buttonRow.addWidget(self.moodHintLabel)

        self.buttonBox = QDialogButtonBox(CheckInDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.buttonRow.addWidget(self.buttonBox)


        self.mainLayout.addLayout(self.buttonRow)

#if QT_CONFIG(shortcut)
        self.stressLabel.setBuddy(self.stressSlider)
        self.energyLabel.setBuddy(self.energySlider)
        self.sleepLabel.setBuddy(self.sleepSpin)
        self.feelingsLabel.setBuddy(self.feelingsEdit)
        self.noteLabel.setBuddy(self.noteEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.mood1Button, self.mood2Button)
        QWidget.setTabOrder(self.mood2Button, self.mood3Button)
        QWidget.setTabOrder(self.mood3Button, self.mood4Button)
        QWidget.setTabOrder(self.mood4Button, self.mood5Button)
        QWidget.setTabOrder(self.mood5Button, self.mood6Button)
        QWidget.setTabOrder(self.mood6Button, self.mood7Button)
        QWidget.setTabOrder(self.mood7Button, self.mood8Button)
        QWidget.setTabOrder(self.mood8Button, self.mood9Button)
        QWidget.setTabOrder(self.mood9Button, self.mood10Button)
        QWidget.setTabOrder(self.mood10Button, self.stressSlider)
        QWidget.setTabOrder(self.stressSlider, self.stressClearButton)
        QWidget.setTabOrder(self.stressClearButton, self.energySlider)
        QWidget.setTabOrder(self.energySlider, self.energyClearButton)
        QWidget.setTabOrder(self.energyClearButton, self.sleepSpin)
        QWidget.setTabOrder(self.sleepSpin, self.feelingsEdit)
        QWidget.setTabOrder(self.feelingsEdit, self.feelingsButton)
        QWidget.setTabOrder(self.feelingsButton, self.noteEdit)
        QWidget.setTabOrder(self.noteEdit, self.talkedGroup)
        QWidget.setTabOrder(self.talkedGroup, self.talkedNameEdit)
        QWidget.setTabOrder(self.talkedNameEdit, self.buttonBox)

        self.retranslateUi(CheckInDialog)

        QMetaObject.connectSlotsByName(CheckInDialog)
    # setupUi

    def retranslateUi(self, CheckInDialog):
        CheckInDialog.setWindowTitle(QCoreApplication.translate("CheckInDialog", u"Check in", None))
        self.headingLabel.setText(QCoreApplication.translate("CheckInDialog", u"How are you doing?", None))
#if QT_CONFIG(accessibility)
        self.mood1Button.setAccessibleName(QCoreApplication.translate("CheckInDialog", u"Mood 1 of 10", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.mood2Button.setAccessibleName(QCoreApplication.translate("CheckInDialog", u"Mood 2 of 10", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.mood3Button.setAccessibleName(QCoreApplication.translate("CheckInDialog", u"Mood 3 of 10", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.mood4Button.setAccessibleName(QCoreApplication.translate("CheckInDialog", u"Mood 4 of 10", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.mood5Button.setAccessibleName(QCoreApplication.translate("CheckInDialog", u"Mood 5 of 10", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.mood6Button.setAccessibleName(QCoreApplication.translate("CheckInDialog", u"Mood 6 of 10", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.mood7Button.setAccessibleName(QCoreApplication.translate("CheckInDialog", u"Mood 7 of 10", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.mood8Button.setAccessibleName(QCoreApplication.translate("CheckInDialog", u"Mood 8 of 10", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.mood9Button.setAccessibleName(QCoreApplication.translate("CheckInDialog", u"Mood 9 of 10", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.mood10Button.setAccessibleName(QCoreApplication.translate("CheckInDialog", u"Mood 10 of 10", None))
#endif // QT_CONFIG(accessibility)
        self.optionalLabel.setText(QCoreApplication.translate("CheckInDialog", u"A little more, if you like \u2014 everything below is optional.", None))
        self.stressLabel.setText(QCoreApplication.translate("CheckInDialog", u"How much pressure are you feeling?", None))
#if QT_CONFIG(accessibility)
        self.stressSlider.setAccessibleName(QCoreApplication.translate("CheckInDialog", u"Stress, optional", None))
#endif // QT_CONFIG(accessibility)
        self.stressValueLabel.setText(QCoreApplication.translate("CheckInDialog", u"Not recorded", None))
#if QT_CONFIG(accessibility)
        self.stressClearButton.setAccessibleDescription(QCoreApplication.translate("CheckInDialog", u"Leaves your stress out of this check-in", None))
#endif // QT_CONFIG(accessibility)
        self.stressClearButton.setText(QCoreApplication.translate("CheckInDialog", u"Clear", None))
#if QT_CONFIG(accessibility)
        self.stressClearButton.setAccessibleName(QCoreApplication.translate("CheckInDialog", u"Clear stress", None))
#endif // QT_CONFIG(accessibility)
        self.energyLabel.setText(QCoreApplication.translate("CheckInDialog", u"How is your energy?", None))
#if QT_CONFIG(accessibility)
        self.energySlider.setAccessibleName(QCoreApplication.translate("CheckInDialog", u"Energy, optional", None))
#endif // QT_CONFIG(accessibility)
        self.energyValueLabel.setText(QCoreApplication.translate("CheckInDialog", u"Not recorded", None))
#if QT_CONFIG(accessibility)
        self.energyClearButton.setAccessibleDescription(QCoreApplication.translate("CheckInDialog", u"Leaves your energy out of this check-in", None))
#endif // QT_CONFIG(accessibility)
        self.energyClearButton.setText(QCoreApplication.translate("CheckInDialog", u"Clear", None))
#if QT_CONFIG(accessibility)
        self.energyClearButton.setAccessibleName(QCoreApplication.translate("CheckInDialog", u"Clear energy", None))
#endif // QT_CONFIG(accessibility)
        self.sleepLabel.setText(QCoreApplication.translate("CheckInDialog", u"Hours of sleep last night", None))
#if QT_CONFIG(accessibility)
        self.sleepSpin.setAccessibleDescription(QCoreApplication.translate("CheckInDialog", u"How many hours you slept last night, if you want to say", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.sleepSpin.setAccessibleName(QCoreApplication.translate("CheckInDialog", u"Hours of sleep, optional", None))
#endif // QT_CONFIG(accessibility)
        self.sleepSpin.setSpecialValueText(QCoreApplication.translate("CheckInDialog", u"Not recorded", None))
        self.feelingsLabel.setText(QCoreApplication.translate("CheckInDialog", u"Feeling words", None))
#if QT_CONFIG(accessibility)
        self.feelingsEdit.setAccessibleName(QCoreApplication.translate("CheckInDialog", u"Feeling words, separated by commas", None))
#endif // QT_CONFIG(accessibility)
        self.feelingsEdit.setPlaceholderText(QCoreApplication.translate("CheckInDialog", u"tired, hopeful, on edge\u2026", None))
#if QT_CONFIG(accessibility)
        self.feelingsButton.setAccessibleDescription(QCoreApplication.translate("CheckInDialog", u"Opens a list of feeling words to choose from", None))
#endif // QT_CONFIG(accessibility)
        self.feelingsButton.setText(QCoreApplication.translate("CheckInDialog", u"Choose\u2026", None))
#if QT_CONFIG(accessibility)
        self.feelingsButton.setAccessibleName(QCoreApplication.translate("CheckInDialog", u"Choose feeling words", None))
#endif // QT_CONFIG(accessibility)
        self.noteLabel.setText(QCoreApplication.translate("CheckInDialog", u"A note", None))
#if QT_CONFIG(accessibility)
        self.noteEdit.setAccessibleDescription(QCoreApplication.translate("CheckInDialog", u"A few words about today, if you like. Only you see it.", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.noteEdit.setAccessibleName(QCoreApplication.translate("CheckInDialog", u"A note, optional", None))
#endif // QT_CONFIG(accessibility)
        self.noteEdit.setPlaceholderText(QCoreApplication.translate("CheckInDialog", u"Anything you'd like to remember about today", None))
        self.copingGroup.setTitle(QCoreApplication.translate("CheckInDialog", u"Coping strategies I used today", None))
        self.copingEmptyLabel.setText(QCoreApplication.translate("CheckInDialog", u"Add coping strategies to your plan and you can tick them here.", None))
        self.talkedGroup.setTitle(QCoreApplication.translate("CheckInDialog", u"I talked with someone today", None))
#if QT_CONFIG(accessibility)
        self.talkedGroup.setAccessibleName(QCoreApplication.translate("CheckInDialog", u"I talked with someone today", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.talkedGroup.setAccessibleDescription(QCoreApplication.translate("CheckInDialog", u"If you like, say who: tick people from your address book or type a name", None))
#endif // QT_CONFIG(accessibility)
        self.talkedWhoLabel.setText(QCoreApplication.translate("CheckInDialog", u"Who? Only if you want to say.", None))
#if QT_CONFIG(accessibility)
        self.talkedNameEdit.setAccessibleName(QCoreApplication.translate("CheckInDialog", u"Someone else: their name, optional", None))
#endif // QT_CONFIG(accessibility)
        self.talkedNameEdit.setPlaceholderText(QCoreApplication.translate("CheckInDialog", u"Someone else? Type a name", None))
#if QT_CONFIG(accessibility)
        self.errorLabel.setAccessibleName(QCoreApplication.translate("CheckInDialog", u"Problem", None))
#endif // QT_CONFIG(accessibility)
        self.moodHintLabel.setText(QCoreApplication.translate("CheckInDialog", u"Choose a number for your mood, then save.", None))
    # retranslateUi

