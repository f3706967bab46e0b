# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'work_reflection.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication, QMetaObject, Qt
from PySide6.QtWidgets import QAbstractItemView, QHBoxLayout, QLabel, QPushButton, QSplitter, QStackedWidget, QTableWidget, QVBoxLayout, QWidget

class Ui_WorkReflection(object):
    def setupUi(self, WorkReflection):
        if not WorkReflection.objectName():
            WorkReflection.setObjectName(u"WorkReflection")
        self.workReflectionLayout = QVBoxLayout(WorkReflection)
        self.workReflectionLayout.setSpacing(8)
        self.workReflectionLayout.setObjectName(u"workReflectionLayout")
        self.workReflectionLayout.setContentsMargins(0, 0, 0, 0)
        self.reflectionHeaderRow = QHBoxLayout()
        self.reflectionHeaderRow.setObjectName(u"reflectionHeaderRow")
        self.reflectionIntroLabel = QLabel(WorkReflection)
        self.reflectionIntroLabel.setObjectName(u"reflectionIntroLabel")
        self.reflectionIntroLabel.setWordWrap(True)

        self.reflectionHeaderRow.addWidget(self.reflectionIntroLabel)

        self.reflectButton = QPushButton(WorkReflection)
        self.reflectButton.setObjectName(u"reflectButton")

        self.reflectionHeaderRow.addWidget(self.reflectButton)

        self.reflectionHeaderRow.setStretch(0, 1)

        self.workReflectionLayout.addLayout(self.reflectionHeaderRow)

        self.signpostLabel = QLabel(WorkReflection)
        self.signpostLabel.setObjectName(u"signpostLabel")
        self.signpostLabel.setWordWrap(True)
        self.signpostLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.workReflectionLayout.addWidget(self.signpostLabel)

        self.reflectionStack = QStackedWidget(WorkReflection)
        self.reflectionStack.setObjectName(u"reflectionStack")
        self.reflectionEmptyPage = QWidget()
        self.reflectionEmptyPage.setObjectName(u"reflectionEmptyPage")
        self.reflectionEmptyLayout = QVBoxLayout(self.reflectionEmptyPage)
        self.reflectionEmptyLayout.setObjectName(u"reflectionEmptyLayout")
        self.reflectionEmptyLabel = QLabel(self.reflectionEmptyPage)
        self.reflectionEmptyLabel.setObjectName(u"reflectionEmptyLabel")
        self.reflectionEmptyLabel.setWordWrap(True)
        self.reflectionEmptyLabel.setAlignment(Qt.AlignmentFlag.AlignCenter)

        self.reflectionEmptyLayout.addWidget(self.reflectionEmptyLabel)

        self.reflectionStack.addWidget(self.reflectionEmptyPage)
        self.reflectionHistoryPage = QWidget()
        self.reflectionHistoryPage.setObjectName(u"reflectionHistoryPage")
        self.reflectionHistoryLayout = QVBoxLayout(self.reflectionHistoryPage)
        self.reflectionHistoryLayout.setObjectName(u"reflectionHistoryLayout")
        self.reflectionHistoryLayout.setContentsMargins(0, 0, 0, 0)
        self.reflectionSplitter = QSplitter(self.reflectionHistoryPage)
        self.reflectionSplitter.setObjectName(u"reflectionSplitter")
        self.reflectionSplitter.setOrientation(Qt.Orientation.Vertical)
        self.reflectionSplitter.setChildrenCollapsible(False)
        self.reflectionChartHolder = QWidget(self.reflectionSplitter)
        self.reflectionChartHolder.setObjectName(u"reflectionChartHolder")
        self.reflectionChartLayout = QVBoxLayout(self.reflectionChartHolder)
        self.reflectionChartLayout.setObjectName(u"reflectionChartLayout")
        self.reflectionChartLayout.setContentsMargins(0, 0, 0, 0)
        self.reflectionSplitter.addWidget(self.reflectionChartHolder)
        self.reflectionTable = QTableWidget(self.reflectionSplitter)
        self.reflectionTable.setObjectName(u"reflectionTable")
        self.reflectionTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.reflectionTable.setAlternatingRowColors(True)
        self.reflectionTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.reflectionSplitter.addWidget(self.reflectionTable)

        self.reflectionHistoryLayout.addWidget(self.reflectionSplitter)

        self.reflectionStack.addWidget(self.reflectionHistoryPage)

        self.workReflectionLayout.addWidget(self.reflectionStack)

        QWidget.setTabOrder(self.reflectButton, self.signpostLabel)
        QWidget.setTabOrder(self.signpostLabel, self.reflectionTable)

        self.retranslateUi(WorkReflection)

        QMetaObject.connectSlotsByName(WorkReflection)
    # setupUi

    def retranslateUi(self, WorkReflection):
        self.reflectionIntroLabel.setText(QCoreApplication.translate("WorkReflection", u"Once a month, if you like: a few questions about how the work is sitting with you. Your own answers, over time, beside your mood. Nothing is added up.", None))
#if QT_CONFIG(accessibility)
        self.reflectButton.setAccessibleDescription(QCoreApplication.translate("WorkReflection", u"Opens this month's short reflection", None))
#endif // QT_CONFIG(accessibility)
        self.reflectButton.setText(QCoreApplication.translate("WorkReflection", u"Reflect on this month\u2026", None))
        self.signpostLabel.setText("")
        self.reflectionEmptyLabel.setText(QCoreApplication.translate("WorkReflection", u"No reflections yet. When you answer the questions, your answers show here month by month, next to your mood.", None))
#if QT_CONFIG(accessibility)
        self.reflectionChartHolder.setAccessibleName(QCoreApplication.translate("WorkReflection", u"Your answers over time, as a chart", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.reflectionChartHolder.setAccessibleDescription(QCoreApplication.translate("WorkReflection", u"The same figures are in the table below", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.reflectionTable.setAccessibleDescription(QCoreApplication.translate("WorkReflection", u"Your answers to each month's reflection, side by side", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.reflectionTable.setAccessibleName(QCoreApplication.translate("WorkReflection", u"Your answers month by month", None))
#endif // QT_CONFIG(accessibility)
        pass
    # retranslateUi

