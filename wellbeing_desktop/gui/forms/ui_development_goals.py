# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'development_goals.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication, QMetaObject, QSize, Qt
from PySide6.QtWidgets import QAbstractItemView, QCheckBox, QFrame, QHBoxLayout, QLabel, QLineEdit, QListWidget, QPlainTextEdit, QPushButton, QScrollArea, QSizePolicy, QSpacerItem, QSplitter, QStackedWidget, QToolButton, QVBoxLayout, QWidget

class Ui_DevelopmentGoals(object):
    def setupUi(self, DevelopmentGoals):
        if not DevelopmentGoals.objectName():
            DevelopmentGoals.setObjectName(u"DevelopmentGoals")
        self.goalsLayout = QVBoxLayout(DevelopmentGoals)
        self.goalsLayout.setObjectName(u"goalsLayout")
        self.goalsLayout.setContentsMargins(0, 0, 0, 0)
        self.goalsSplitter = QSplitter(DevelopmentGoals)
        self.goalsSplitter.setObjectName(u"goalsSplitter")
        self.goalsSplitter.setOrientation(Qt.Orientation.Horizontal)
        self.goalsSplitter.setChildrenCollapsible(False)
        self.goalListPanel = QWidget(self.goalsSplitter)
        self.goalListPanel.setObjectName(u"goalListPanel")
        self.goalListLayout = QVBoxLayout(self.goalListPanel)
        self.goalListLayout.setSpacing(8)
        self.goalListLayout.setObjectName(u"goalListLayout")
        self.goalListLayout.setContentsMargins(0, 0, 8, 0)
        self.goalList = QListWidget(self.goalListPanel)
        self.goalList.setObjectName(u"goalList")
        self.goalList.setWordWrap(True)
        self.goalList.setAlternatingRowColors(True)
        self.goalList.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.goalList.setDefaultDropAction(Qt.DropAction.MoveAction)

        self.goalListLayout.addWidget(self.goalList)

        self.goalButtonsRow = QHBoxLayout()
        self.goalButtonsRow.setSpacing(6)
        self.goalButtonsRow.setObjectName(u"goalButtonsRow")
        self.addGoalButton = QPushButton(self.goalListPanel)
        self.addGoalButton.setObjectName(u"addGoalButton")

        self.goalButtonsRow.addWidget(self.addGoalButton)

        self.goalButtonsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.goalButtonsRow.addItem(self.goalButtonsSpacer)

        self.moveUpButton = QToolButton(self.goalListPanel)
        self.moveUpButton.setObjectName(u"moveUpButton")

        self.goalButtonsRow.addWidget(self.moveUpButton)

        self.moveDownButton = QToolButton(self.goalListPanel)
        self.moveDownButton.setObjectName(u"moveDownButton")

        self.goalButtonsRow.addWidget(self.moveDownButton)


        self.goalListLayout.addLayout(self.goalButtonsRow)

        self.goalsSplitter.addWidget(self.goalListPanel)
        self.goalEditorStack = QStackedWidget(self.goalsSplitter)
        self.goalEditorStack.setObjectName(u"goalEditorStack")
        self.goalEmptyPage = QWidget()
        self.goalEmptyPage.setObjectName(u"goalEmptyPage")
        self.goalEmptyLayout = QVBoxLayout(self.goalEmptyPage)
        self.goalEmptyLayout.setObjectName(u"goalEmptyLayout")
        self.goalEmptyLayout.setContentsMargins(16, -1, -1, -1)
        self.goalEmptyTop = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.goalEmptyLayout.addItem(self.goalEmptyTop)

        self.goalEmptyLabel = QLabel(self.goalEmptyPage)
        self.goalEmptyLabel.setObjectName(u"goalEmptyLabel")
        self.goalEmptyLabel.setWordWrap(True)
        self.goalEmptyLabel.setAlignment(Qt.AlignmentFlag.AlignCenter)

        self.goalEmptyLayout.addWidget(self.goalEmptyLabel)

        self.goalEmptyAddButton = QPushButton(self.goalEmptyPage)
        self.goalEmptyAddButton.setObjectName(u"goalEmptyAddButton")

        self.goalEmptyLayout.addWidget(self.goalEmptyAddButton)

        self.goalEmptyBottom = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.goalEmptyLayout.addItem(self.goalEmptyBottom)

        self.goalEditorStack.addWidget(self.goalEmptyPage)
        self.goalEditorPage = QWidget()
        self.goalEditorPage.setObjectName(u"goalEditorPage")
        self.goalEditorLayout = QVBoxLayout(self.goalEditorPage)
        self.goalEditorLayout.setSpacing(6)
        self.goalEditorLayout.setObjectName(u"goalEditorLayout")
        self.goalEditorLayout.setContentsMargins(12, 0, 0, 0)
        self.whatLabel = QLabel(self.goalEditorPage)
        self.whatLabel.setObjectName(u"whatLabel")

        self.goalEditorLayout.addWidget(self.whatLabel)

        self.whatEdit = QLineEdit(self.goalEditorPage)
        self.whatEdit.setObjectName(u"whatEdit")
        self.whatEdit.setMaxLength(500)

        self.goalEditorLayout.addWidget(self.whatEdit)

        self.whyLabel = QLabel(self.goalEditorPage)
        self.whyLabel.setObjectName(u"whyLabel")

        self.goalEditorLayout.addWidget(self.whyLabel)

        self.whyEdit = QPlainTextEdit(self.goalEditorPage)
        self.whyEdit.setObjectName(u"whyEdit")
        self.whyEdit.setTabChangesFocus(True)
        self.whyEdit.setMaximumSize(QSize(16777215, 110))

        self.goalEditorLayout.addWidget(self.whyEdit)

        self.stepsLabel = QLabel(self.goalEditorPage)
        self.stepsLabel.setObjectName(u"stepsLabel")

        self.goalEditorLayout.addWidget(self.stepsLabel)

        self.stepsScroll = QScrollArea(self.goalEditorPage)
        self.stepsScroll.setObjectName(u"stepsScroll")
        self.stepsScroll.setFrameShape(QFrame.Shape.NoFrame)
        self.stepsScroll.setWidgetResizable(True)
        self.stepsBox = QWidget()
        self.stepsBox.setObjectName(u"stepsBox")
        self.stepsLayout = QVBoxLayout(self.stepsBox)
        self.stepsLayout.setSpacing(2)
        self.stepsLayout.setObjectName(u"stepsLayout")
        self.stepsLayout.setContentsMargins(0, 0, 4, 0)
        self.noStepsLabel = QLabel(self.stepsBox)
        self.noStepsLabel.setObjectName(u"noStepsLabel")
        self.noStepsLabel.setWordWrap(True)

        self.stepsLayout.addWidget(self.noStepsLabel)

        self.stepsScroll.setWidget(self.stepsBox)

        self.goalEditorLayout.addWidget(self.stepsScroll)

        self.goalStepButtonsRow = QHBoxLayout()
        self.goalStepButtonsRow.setObjectName(u"goalStepButtonsRow")
        self.addStepButton = QPushButton(self.goalEditorPage)
        self.addStepButton.setObjectName(u"addStepButton")

        self.goalStepButtonsRow.addWidget(self.addStepButton)

        self.goalStepSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.goalStepButtonsRow.addItem(self.goalStepSpacer)


        self.goalEditorLayout.addLayout(self.goalStepButtonsRow)

        self.goalBottomRow = QHBoxLayout()
        self.goalBottomRow.setSpacing(12)
        self.goalBottomRow.setObjectName(u"goalBottomRow")
        self.goalDoneCheck = QCheckBox(self.goalEditorPage)
        self.goalDoneCheck.setObjectName(u"goalDoneCheck")

        self.goalBottomRow.addWidget(self.goalDoneCheck)

        self.goalSaveStatusLabel = QLabel(self.goalEditorPage)
        self.goalSaveStatusLabel.setObjectName(u"goalSaveStatusLabel")

        self.goalBottomRow.addWidget(self.goalSaveStatusLabel)

        self.goalBottomSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.goalBottomRow.addItem(self.goalBottomSpacer)

        self.deleteGoalButton = QPushButton(self.goalEditorPage)
        self.deleteGoalButton.setObjectName(u"deleteGoalButton")

        self.goalBottomRow.addWidget(self.deleteGoalButton)


        self.goalEditorLayout.addLayout(self.goalBottomRow)

        self.goalEditorStack.addWidget(self.goalEditorPage)
        self.goalsSplitter.addWidget(self.goalEditorStack)

        self.goalsLayout.addWidget(self.goalsSplitter)

#if QT_CONFIG(shortcut)
        self.whatLabel.setBuddy(self.whatEdit)
        self.whyLabel.setBuddy(self.whyEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.goalList, self.addGoalButton)
        QWidget.setTabOrder(self.addGoalButton, self.moveUpButton)
        QWidget.setTabOrder(self.moveUpButton, self.moveDownButton)
        QWidget.setTabOrder(self.moveDownButton, self.goalEmptyAddButton)
        QWidget.setTabOrder(self.goalEmptyAddButton, self.whatEdit)
        QWidget.setTabOrder(self.whatEdit, self.whyEdit)
        QWidget.setTabOrder(self.whyEdit, self.stepsScroll)
        QWidget.setTabOrder(self.stepsScroll, self.addStepButton)
        QWidget.setTabOrder(self.addStepButton, self.goalDoneCheck)
        QWidget.setTabOrder(self.goalDoneCheck, self.deleteGoalButton)

        self.retranslateUi(DevelopmentGoals)

        QMetaObject.connectSlotsByName(DevelopmentGoals)
    # setupUi

    def retranslateUi(self, DevelopmentGoals):
#if QT_CONFIG(accessibility)
        self.goalList.setAccessibleName(QCoreApplication.translate("DevelopmentGoals", u"Development goals", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.goalList.setAccessibleDescription(QCoreApplication.translate("DevelopmentGoals", u"Alt+Up and Alt+Down move the chosen goal; you can drag them too", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.addGoalButton.setAccessibleDescription(QCoreApplication.translate("DevelopmentGoals", u"Adds a new goal", None))
#endif // QT_CONFIG(accessibility)
        self.addGoalButton.setText(QCoreApplication.translate("DevelopmentGoals", u"Add a goal", None))
        self.moveUpButton.setText(QCoreApplication.translate("DevelopmentGoals", u"Up", None))
#if QT_CONFIG(accessibility)
        self.moveUpButton.setAccessibleName(QCoreApplication.translate("DevelopmentGoals", u"Move the goal up", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.moveUpButton.setToolTip(QCoreApplication.translate("DevelopmentGoals", u"Move the goal up (Alt+Up)", None))
#endif // QT_CONFIG(tooltip)
        self.moveDownButton.setText(QCoreApplication.translate("DevelopmentGoals", u"Down", None))
#if QT_CONFIG(accessibility)
        self.moveDownButton.setAccessibleName(QCoreApplication.translate("DevelopmentGoals", u"Move the goal down", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.moveDownButton.setToolTip(QCoreApplication.translate("DevelopmentGoals", u"Move the goal down (Alt+Down)", None))
#endif // QT_CONFIG(tooltip)
        self.goalEmptyLabel.setText(QCoreApplication.translate("DevelopmentGoals", u"What would you like to grow in? A goal can be small: feeling steadier in hard conversations, running a group, learning about a topic that keeps coming up.", None))
#if QT_CONFIG(accessibility)
        self.goalEmptyAddButton.setAccessibleDescription(QCoreApplication.translate("DevelopmentGoals", u"Adds your first development goal", None))
#endif // QT_CONFIG(accessibility)
        self.goalEmptyAddButton.setText(QCoreApplication.translate("DevelopmentGoals", u"Write your first goal", None))
        self.whatLabel.setText(QCoreApplication.translate("DevelopmentGoals", u"What I want to grow in", None))
#if QT_CONFIG(accessibility)
        self.whatEdit.setAccessibleName(QCoreApplication.translate("DevelopmentGoals", u"What I want to grow in", None))
#endif // QT_CONFIG(accessibility)
        self.whatEdit.setPlaceholderText(QCoreApplication.translate("DevelopmentGoals", u"For example: feel steadier when someone talks about suicide", None))
        self.whyLabel.setText(QCoreApplication.translate("DevelopmentGoals", u"Why it matters to me", None))
#if QT_CONFIG(accessibility)
        self.whyEdit.setAccessibleDescription(QCoreApplication.translate("DevelopmentGoals", u"What growing in this would mean to you", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.whyEdit.setAccessibleName(QCoreApplication.translate("DevelopmentGoals", u"Why it matters to me", None))
#endif // QT_CONFIG(accessibility)
        self.stepsLabel.setText(QCoreApplication.translate("DevelopmentGoals", u"Small next steps", None))
#if QT_CONFIG(accessibility)
        self.stepsScroll.setAccessibleName(QCoreApplication.translate("DevelopmentGoals", u"Small next steps", None))
#endif // QT_CONFIG(accessibility)
        self.noStepsLabel.setText(QCoreApplication.translate("DevelopmentGoals", u"What's one small thing you could do next? Steps can have a date if that helps.", None))
#if QT_CONFIG(accessibility)
        self.addStepButton.setAccessibleDescription(QCoreApplication.translate("DevelopmentGoals", u"Adds a step towards this goal", None))
#endif // QT_CONFIG(accessibility)
        self.addStepButton.setText(QCoreApplication.translate("DevelopmentGoals", u"Add a step", None))
#if QT_CONFIG(accessibility)
        self.goalDoneCheck.setAccessibleDescription(QCoreApplication.translate("DevelopmentGoals", u"When ticked, this goal is marked as reached", None))
#endif // QT_CONFIG(accessibility)
        self.goalDoneCheck.setText(QCoreApplication.translate("DevelopmentGoals", u"I've reached this goal", None))
#if QT_CONFIG(accessibility)
        self.goalDoneCheck.setAccessibleName(QCoreApplication.translate("DevelopmentGoals", u"I've reached this goal", None))
#endif // QT_CONFIG(accessibility)
        self.goalSaveStatusLabel.setText("")
#if QT_CONFIG(accessibility)
        self.deleteGoalButton.setAccessibleDescription(QCoreApplication.translate("DevelopmentGoals", u"Deletes the goal you chose, with its steps", None))
#endif // QT_CONFIG(accessibility)
        self.deleteGoalButton.setText(QCoreApplication.translate("DevelopmentGoals", u"Delete goal", None))
        pass
    # retranslateUi

