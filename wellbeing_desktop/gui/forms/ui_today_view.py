# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'today_view.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication, QMetaObject, QSize
from PySide6.QtWidgets import QComboBox, QGroupBox, QHBoxLayout, QLabel, QListWidget, QPushButton, QSizePolicy, QSpacerItem, QVBoxLayout

class Ui_TodayView(object):
    def setupUi(self, TodayView):
        if not TodayView.objectName():
            TodayView.setObjectName(u"TodayView")
        self.mainLayout = QVBoxLayout(TodayView)
        self.mainLayout.setSpacing(12)
        self.mainLayout.setObjectName(u"mainLayout")
        self.mainLayout.setContentsMargins(32, 28, 32, 24)
        self.greetingLabel = QLabel(TodayView)
        self.greetingLabel.setObjectName(u"greetingLabel")
        self.greetingLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.greetingLabel)

        self.dateLabel = QLabel(TodayView)
        self.dateLabel.setObjectName(u"dateLabel")
        self.dateLabel.setText(u"")
        self.dateLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.dateLabel)

        self.actionRow = QHBoxLayout()
        self.actionRow.setSpacing(10)
        self.actionRow.setObjectName(u"actionRow")
        self.checkInButton = QPushButton(TodayView)
        self.checkInButton.setObjectName(u"checkInButton")

        self.actionRow.addWidget(self.checkInButton)

        self.writeButton = QPushButton(TodayView)
        self.writeButton.setObjectName(u"writeButton")

        self.actionRow.addWidget(self.writeButton)

        self.templateCombo = QComboBox(TodayView)
        self.templateCombo.setObjectName(u"templateCombo")

        self.actionRow.addWidget(self.templateCombo)

        self.actionSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.actionRow.addItem(self.actionSpacer)


        self.mainLayout.addLayout(self.actionRow)

        self.columns = QHBoxLayout()
        self.columns.setSpacing(20)
        self.columns.setObjectName(u"columns")
        self.leftColumn = QVBoxLayout()
        self.leftColumn.setSpacing(14)
        self.leftColumn.setObjectName(u"leftColumn")
        self.keepInMindGroup = QGroupBox(TodayView)
        self.keepInMindGroup.setObjectName(u"keepInMindGroup")
        self.keepInMindGroupLayout = QVBoxLayout(self.keepInMindGroup)
        self.keepInMindGroupLayout.setObjectName(u"keepInMindGroupLayout")
        self.keepInMindLabel = QLabel(self.keepInMindGroup)
        self.keepInMindLabel.setObjectName(u"keepInMindLabel")
        self.keepInMindLabel.setText(u"")
        self.keepInMindLabel.setWordWrap(True)

        self.keepInMindGroupLayout.addWidget(self.keepInMindLabel)

        self.reviewLabel = QLabel(self.keepInMindGroup)
        self.reviewLabel.setObjectName(u"reviewLabel")
        self.reviewLabel.setText(u"")
        self.reviewLabel.setWordWrap(True)

        self.keepInMindGroupLayout.addWidget(self.reviewLabel)


        self.leftColumn.addWidget(self.keepInMindGroup)

        self.supervisionGroup = QGroupBox(TodayView)
        self.supervisionGroup.setObjectName(u"supervisionGroup")
        self.supervisionGroupLayout = QVBoxLayout(self.supervisionGroup)
        self.supervisionGroupLayout.setSpacing(6)
        self.supervisionGroupLayout.setObjectName(u"supervisionGroupLayout")

        self.leftColumn.addWidget(self.supervisionGroup)

        self.peopleGroup = QGroupBox(TodayView)
        self.peopleGroup.setObjectName(u"peopleGroup")
        self.peopleGroupLayout = QVBoxLayout(self.peopleGroup)
        self.peopleGroupLayout.setSpacing(8)
        self.peopleGroupLayout.setObjectName(u"peopleGroupLayout")

        self.leftColumn.addWidget(self.peopleGroup)

        self.leftSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.leftColumn.addItem(self.leftSpacer)


        self.columns.addLayout(self.leftColumn)

        self.rightColumn = QVBoxLayout()
        self.rightColumn.setSpacing(14)
        self.rightColumn.setObjectName(u"rightColumn")
        self.onThisDayGroup = QGroupBox(TodayView)
        self.onThisDayGroup.setObjectName(u"onThisDayGroup")
        self.onThisDayGroupLayout = QVBoxLayout(self.onThisDayGroup)
        self.onThisDayGroupLayout.setObjectName(u"onThisDayGroupLayout")
        self.onThisDayEmptyLabel = QLabel(self.onThisDayGroup)
        self.onThisDayEmptyLabel.setObjectName(u"onThisDayEmptyLabel")
        self.onThisDayEmptyLabel.setText(u"")
        self.onThisDayEmptyLabel.setWordWrap(True)

        self.onThisDayGroupLayout.addWidget(self.onThisDayEmptyLabel)

        self.onThisDayList = QListWidget(self.onThisDayGroup)
        self.onThisDayList.setObjectName(u"onThisDayList")
        self.onThisDayList.setMaximumSize(QSize(16777215, 220))

        self.onThisDayGroupLayout.addWidget(self.onThisDayList)


        self.rightColumn.addWidget(self.onThisDayGroup)

        self.rightSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.rightColumn.addItem(self.rightSpacer)


        self.columns.addLayout(self.rightColumn)


        self.mainLayout.addLayout(self.columns)


        self.retranslateUi(TodayView)

        QMetaObject.connectSlotsByName(TodayView)
    # setupUi

    def retranslateUi(self, TodayView):
        self.greetingLabel.setText(QCoreApplication.translate("TodayView", u"How are you doing today?", None))
        self.checkInButton.setText(QCoreApplication.translate("TodayView", u"Check in", None))
#if QT_CONFIG(accessibility)
        self.checkInButton.setAccessibleDescription(QCoreApplication.translate("TodayView", u"Note how you are doing right now", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.writeButton.setAccessibleDescription(QCoreApplication.translate("TodayView", u"Opens a new diary entry for today", None))
#endif // QT_CONFIG(accessibility)
        self.writeButton.setText(QCoreApplication.translate("TodayView", u"Write a reflection", None))
#if QT_CONFIG(accessibility)
        self.templateCombo.setAccessibleDescription(QCoreApplication.translate("TodayView", u"Free writing or a guided reflection; Write a reflection opens it", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.templateCombo.setAccessibleName(QCoreApplication.translate("TodayView", u"Kind of reflection", None))
#endif // QT_CONFIG(accessibility)
        self.keepInMindGroup.setTitle(QCoreApplication.translate("TodayView", u"To keep in mind today", None))
        self.supervisionGroup.setTitle(QCoreApplication.translate("TodayView", u"Agreed in supervision", None))
#if QT_CONFIG(accessibility)
        self.supervisionGroup.setAccessibleName(QCoreApplication.translate("TodayView", u"Agreed in supervision: tick an action when it is done", None))
#endif // QT_CONFIG(accessibility)
        self.peopleGroup.setTitle(QCoreApplication.translate("TodayView", u"Keeping in touch", None))
#if QT_CONFIG(accessibility)
        self.peopleGroup.setAccessibleName(QCoreApplication.translate("TodayView", u"Keeping in touch: people you asked to be reminded about", None))
#endif // QT_CONFIG(accessibility)
        self.onThisDayGroup.setTitle(QCoreApplication.translate("TodayView", u"On this day", None))
#if QT_CONFIG(accessibility)
        self.onThisDayList.setAccessibleDescription(QCoreApplication.translate("TodayView", u"What you wrote on this day in earlier years; choose one to read it again", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.onThisDayList.setAccessibleName(QCoreApplication.translate("TodayView", u"Entries written on this day in earlier years", None))
#endif // QT_CONFIG(accessibility)
        pass
    # retranslateUi

