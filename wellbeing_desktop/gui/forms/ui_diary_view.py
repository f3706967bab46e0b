# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'diary_view.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication, QMetaObject, QSize, Qt
from PySide6.QtWidgets import QAbstractItemView, QCheckBox, QComboBox, QDateEdit, QFrame, QGridLayout, QHBoxLayout, QLabel, QLineEdit, QListView, QPushButton, QSizePolicy, QSpacerItem, QSplitter, QStackedWidget, QVBoxLayout, QWidget

class Ui_DiaryView(object):
    def setupUi(self, DiaryView):
        if not DiaryView.objectName():
            DiaryView.setObjectName(u"DiaryView")
        self.mainLayout = QHBoxLayout(DiaryView)
        self.mainLayout.setObjectName(u"mainLayout")
        self.mainLayout.setContentsMargins(0, 0, 0, 0)
        self.diarySplitter = QSplitter(DiaryView)
        self.diarySplitter.setObjectName(u"diarySplitter")
        self.diarySplitter.setOrientation(Qt.Orientation.Horizontal)
        self.diarySplitter.setChildrenCollapsible(False)
        self.listPanel = QWidget(self.diarySplitter)
        self.listPanel.setObjectName(u"listPanel")
        self.listLayout = QVBoxLayout(self.listPanel)
        self.listLayout.setSpacing(8)
        self.listLayout.setObjectName(u"listLayout")
        self.listLayout.setContentsMargins(12, 12, 6, 12)
        self.toolRow = QHBoxLayout()
        self.toolRow.setObjectName(u"toolRow")
        self.newButton = QPushButton(self.listPanel)
        self.newButton.setObjectName(u"newButton")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Fixed)
        sizePolicy.setHorizontalStretch(0)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.newButton.sizePolicy().hasHeightForWidth())
        self.newButton.setSizePolicy(sizePolicy)

        self.toolRow.addWidget(self.newButton)

        self.toolSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.toolRow.addItem(self.toolSpacer)

        self.calendarButton = QPushButton(self.listPanel)
        self.calendarButton.setObjectName(u"calendarButton")
        sizePolicy.setHeightForWidth(self.calendarButton.sizePolicy().hasHeightForWidth())
        self.calendarButton.setSizePolicy(sizePolicy)

        self.toolRow.addWidget(self.calendarButton)

        self.filtersButton = QPushButton(self.listPanel)
        self.filtersButton.setObjectName(u"filtersButton")
        sizePolicy.setHeightForWidth(self.filtersButton.sizePolicy().hasHeightForWidth())
        self.filtersButton.setSizePolicy(sizePolicy)
        self.filtersButton.setCheckable(True)

        self.toolRow.addWidget(self.filtersButton)


        self.listLayout.addLayout(self.toolRow)

        self.searchEdit = QLineEdit(self.listPanel)
        self.searchEdit.setObjectName(u"searchEdit")
        self.searchEdit.setClearButtonEnabled(True)

        self.listLayout.addWidget(self.searchEdit)

        self.filtersPanel = QFrame(self.listPanel)
        self.filtersPanel.setObjectName(u"filtersPanel")
        self.filtersPanel.setFrameShape(QFrame.Shape.NoFrame)
        self.filtersLayout = QGridLayout(self.filtersPanel)
        self.filtersLayout.setObjectName(u"filtersLayout")
        self.filtersLayout.setHorizontalSpacing(8)
        self.filtersLayout.setVerticalSpacing(6)
        self.filtersLayout.setContentsMargins(0, 0, 0, 0)
        self.tagLabel = QLabel(self.filtersPanel)
        self.tagLabel.setObjectName(u"tagLabel")

        self.filtersLayout.addWidget(self.tagLabel, 0, 0, 1, 1)

        self.tagCombo = QComboBox(self.filtersPanel)
        self.tagCombo.setObjectName(u"tagCombo")
        self.tagCombo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.tagCombo.setMinimumContentsLength(8)

        self.filtersLayout.addWidget(self.tagCombo, 0, 1, 1, 1)

        self.templateLabel = QLabel(self.filtersPanel)
        self.templateLabel.setObjectName(u"templateLabel")

        self.filtersLayout.addWidget(self.templateLabel, 1, 0, 1, 1)

        self.templateCombo = QComboBox(self.filtersPanel)
        self.templateCombo.setObjectName(u"templateCombo")
        self.templateCombo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.templateCombo.setMinimumContentsLength(8)

        self.filtersLayout.addWidget(self.templateCombo, 1, 1, 1, 1)

        self.dateRangeCheck = QCheckBox(self.filtersPanel)
        self.dateRangeCheck.setObjectName(u"dateRangeCheck")

        self.filtersLayout.addWidget(self.dateRangeCheck, 2, 0, 1, 1)

        self.dateRow = QHBoxLayout()
        self.dateRow.setSpacing(6)
        self.dateRow.setObjectName(u"dateRow")
        self.fromDateEdit = QDateEdit(self.filtersPanel)
        self.fromDateEdit.setObjectName(u"fromDateEdit")
        self.fromDateEdit.setEnabled(False)
        self.fromDateEdit.setCalendarPopup(True)

        self.dateRow.addWidget(self.fromDateEdit)

        self.toLabel = QLabel(self.filtersPanel)
        self.toLabel.setObjectName(u"toLabel")

        self.dateRow.addWidget(self.toLabel)

        self.toDateEdit = QDateEdit(self.filtersPanel)
        self.toDateEdit.setObjectName(u"toDateEdit")
        self.toDateEdit.setEnabled(False)
        self.toDateEdit.setCalendarPopup(True)

        self.dateRow.addWidget(self.toDateEdit)


        self.filtersLayout.addLayout(self.dateRow, 2, 1, 1, 1)

        self.flaggedRow = QHBoxLayout()
        self.flaggedRow.setObjectName(u"flaggedRow")
        self.flaggedCheck = QCheckBox(self.filtersPanel)
        self.flaggedCheck.setObjectName(u"flaggedCheck")

        self.flaggedRow.addWidget(self.flaggedCheck)

        self.flaggedSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.flaggedRow.addItem(self.flaggedSpacer)

        self.clearFiltersButton = QPushButton(self.filtersPanel)
        self.clearFiltersButton.setObjectName(u"clearFiltersButton")

        self.flaggedRow.addWidget(self.clearFiltersButton)


        self.filtersLayout.addLayout(self.flaggedRow, 3, 0, 1, 2)

        self.filtersSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.filtersLayout.addItem(self.filtersSpacer, 0, 2, 1, 1)


        self.listLayout.addWidget(self.filtersPanel)

        self.countLabel = QLabel(self.listPanel)
        self.countLabel.setObjectName(u"countLabel")
        self.countLabel.setText(u"")

        self.listLayout.addWidget(self.countLabel)

        self.listStack = QStackedWidget(self.listPanel)
        self.listStack.setObjectName(u"listStack")
        self.listPage = QWidget()
        self.listPage.setObjectName(u"listPage")
        self.listPageLayout = QVBoxLayout(self.listPage)
        self.listPageLayout.setObjectName(u"listPageLayout")
        self.listPageLayout.setContentsMargins(0, 0, 0, 0)
        self.entryList = QListView(self.listPage)
        self.entryList.setObjectName(u"entryList")
        self.entryList.setUniformItemSizes(True)
        self.entryList.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.entryList.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)

        self.listPageLayout.addWidget(self.entryList)

        self.listStack.addWidget(self.listPage)
        self.emptyPage = QWidget()
        self.emptyPage.setObjectName(u"emptyPage")
        self.emptyLayout = QVBoxLayout(self.emptyPage)
        self.emptyLayout.setSpacing(12)
        self.emptyLayout.setObjectName(u"emptyLayout")
        self.emptyTopSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.emptyLayout.addItem(self.emptyTopSpacer)

        self.emptyLabel = QLabel(self.emptyPage)
        self.emptyLabel.setObjectName(u"emptyLabel")
        self.emptyLabel.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.emptyLabel.setWordWrap(True)

        self.emptyLayout.addWidget(self.emptyLabel)

        self.writeFirstButton = QPushButton(self.emptyPage)
        self.writeFirstButton.setObjectName(u"writeFirstButton")

        self.emptyLayout.addWidget(self.writeFirstButton, 0, Qt.AlignmentFlag.AlignHCenter)

        self.emptyBottomSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.emptyLayout.addItem(self.emptyBottomSpacer)

        self.listStack.addWidget(self.emptyPage)
        self.noMatchPage = QWidget()
        self.noMatchPage.setObjectName(u"noMatchPage")
        self.noMatchLayout = QVBoxLayout(self.noMatchPage)
        self.noMatchLayout.setSpacing(12)
        self.noMatchLayout.setObjectName(u"noMatchLayout")
        self.noMatchTopSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.noMatchLayout.addItem(self.noMatchTopSpacer)

        self.noMatchLabel = QLabel(self.noMatchPage)
        self.noMatchLabel.setObjectName(u"noMatchLabel")
        self.noMatchLabel.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.noMatchLabel.setWordWrap(True)

        self.noMatchLayout.addWidget(self.noMatchLabel)

        self.clearSearchButton = QPushButton(self.noMatchPage)
        self.clearSearchButton.setObjectName(u"clearSearchButton")

        self.noMatchLayout.addWidget(self.clearSearchButton, 0, Qt.AlignmentFlag.AlignHCenter)

        self.noMatchBottomSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.noMatchLayout.addItem(self.noMatchBottomSpacer)

        self.listStack.addWidget(self.noMatchPage)

        self.listLayout.addWidget(self.listStack)

        self.diarySplitter.addWidget(self.listPanel)
        self.editorStack = QStackedWidget(self.diarySplitter)
        self.editorStack.setObjectName(u"editorStack")
        self.editorStack.setMinimumSize(QSize(420, 0))
        self.noEntryPage = QWidget()
        self.noEntryPage.setObjectName(u"noEntryPage")
        self.noEntryLayout = QVBoxLayout(self.noEntryPage)
        self.noEntryLayout.setObjectName(u"noEntryLayout")
        self.noEntryLabel = QLabel(self.noEntryPage)
        self.noEntryLabel.setObjectName(u"noEntryLabel")
        self.noEntryLabel.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.noEntryLabel.setWordWrap(True)

        self.noEntryLayout.addWidget(self.noEntryLabel)

        self.editorStack.addWidget(self.noEntryPage)
        self.editorPage = QWidget()
        self.editorPage.setObjectName(u"editorPage")
        self.editorPageLayout = QVBoxLayout(self.editorPage)
        self.editorPageLayout.setObjectName(u"editorPageLayout")
        self.editorPageLayout.setContentsMargins(0, 0, 0, 0)
        self.editorStack.addWidget(self.editorPage)
        self.diarySplitter.addWidget(self.editorStack)

        self.mainLayout.addWidget(self.diarySplitter)

#if QT_CONFIG(shortcut)
        self.tagLabel.setBuddy(self.tagCombo)
        self.templateLabel.setBuddy(self.templateCombo)
        self.toLabel.setBuddy(self.toDateEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.newButton, self.calendarButton)
        QWidget.setTabOrder(self.calendarButton, self.filtersButton)
        QWidget.setTabOrder(self.filtersButton, self.searchEdit)
        QWidget.setTabOrder(self.searchEdit, self.tagCombo)
        QWidget.setTabOrder(self.tagCombo, self.templateCombo)
        QWidget.setTabOrder(self.templateCombo, self.dateRangeCheck)
        QWidget.setTabOrder(self.dateRangeCheck, self.fromDateEdit)
        QWidget.setTabOrder(self.fromDateEdit, self.toDateEdit)
        QWidget.setTabOrder(self.toDateEdit, self.flaggedCheck)
        QWidget.setTabOrder(self.flaggedCheck, self.clearFiltersButton)
        QWidget.setTabOrder(self.clearFiltersButton, self.entryList)
        QWidget.setTabOrder(self.entryList, self.writeFirstButton)
        QWidget.setTabOrder(self.writeFirstButton, self.clearSearchButton)

        self.retranslateUi(DiaryView)

        QMetaObject.connectSlotsByName(DiaryView)
    # setupUi

    def retranslateUi(self, DiaryView):
        DiaryView.setWindowTitle(QCoreApplication.translate("DiaryView", u"Diary", None))
        self.newButton.setText(QCoreApplication.translate("DiaryView", u"New reflection", None))
#if QT_CONFIG(tooltip)
        self.newButton.setToolTip(QCoreApplication.translate("DiaryView", u"Start a new entry: free writing or a guided reflection", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.newButton.setAccessibleName(QCoreApplication.translate("DiaryView", u"New reflection", None))
#endif // QT_CONFIG(accessibility)
        self.calendarButton.setText(QCoreApplication.translate("DiaryView", u"Go to date", None))
#if QT_CONFIG(tooltip)
        self.calendarButton.setToolTip(QCoreApplication.translate("DiaryView", u"Go to the entries of a date", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.calendarButton.setAccessibleName(QCoreApplication.translate("DiaryView", u"Go to a date", None))
#endif // QT_CONFIG(accessibility)
        self.filtersButton.setText(QCoreApplication.translate("DiaryView", u"Filters", None))
#if QT_CONFIG(tooltip)
        self.filtersButton.setToolTip(QCoreApplication.translate("DiaryView", u"Show or hide the filters", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.filtersButton.setAccessibleName(QCoreApplication.translate("DiaryView", u"Show filters", None))
#endif // QT_CONFIG(accessibility)
        self.searchEdit.setPlaceholderText(QCoreApplication.translate("DiaryView", u"Search your diary", None))
#if QT_CONFIG(accessibility)
        self.searchEdit.setAccessibleName(QCoreApplication.translate("DiaryView", u"Search the diary", None))
#endif // QT_CONFIG(accessibility)
        self.tagLabel.setText(QCoreApplication.translate("DiaryView", u"&Tag", None))
#if QT_CONFIG(accessibility)
        self.tagCombo.setAccessibleDescription(QCoreApplication.translate("DiaryView", u"Show only the entries with this tag", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.tagCombo.setAccessibleName(QCoreApplication.translate("DiaryView", u"Tag", None))
#endif // QT_CONFIG(accessibility)
        self.templateLabel.setText(QCoreApplication.translate("DiaryView", u"&Kind", None))
#if QT_CONFIG(accessibility)
        self.templateCombo.setAccessibleDescription(QCoreApplication.translate("DiaryView", u"Show only one kind of entry, or every kind", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.templateCombo.setAccessibleName(QCoreApplication.translate("DiaryView", u"Kind of entry", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.dateRangeCheck.setAccessibleDescription(QCoreApplication.translate("DiaryView", u"When ticked, shows only the entries written between the two dates you choose", None))
#endif // QT_CONFIG(accessibility)
        self.dateRangeCheck.setText(QCoreApplication.translate("DiaryView", u"&From", None))
#if QT_CONFIG(accessibility)
        self.dateRangeCheck.setAccessibleName(QCoreApplication.translate("DiaryView", u"Only entries between two dates", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.fromDateEdit.setAccessibleDescription(QCoreApplication.translate("DiaryView", u"Show entries written on or after this date", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.fromDateEdit.setAccessibleName(QCoreApplication.translate("DiaryView", u"First date", None))
#endif // QT_CONFIG(accessibility)
        self.toLabel.setText(QCoreApplication.translate("DiaryView", u"to", None))
#if QT_CONFIG(accessibility)
        self.toDateEdit.setAccessibleDescription(QCoreApplication.translate("DiaryView", u"Show entries written on or before this date", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.toDateEdit.setAccessibleName(QCoreApplication.translate("DiaryView", u"Last date", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.flaggedCheck.setAccessibleDescription(QCoreApplication.translate("DiaryView", u"When ticked, shows only the entries you marked to bring to supervision", None))
#endif // QT_CONFIG(accessibility)
        self.flaggedCheck.setText(QCoreApplication.translate("DiaryView", u"Only for &supervision", None))
#if QT_CONFIG(accessibility)
        self.flaggedCheck.setAccessibleName(QCoreApplication.translate("DiaryView", u"Only entries to bring to supervision", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.clearFiltersButton.setAccessibleDescription(QCoreApplication.translate("DiaryView", u"Shows every entry again that matches your search", None))
#endif // QT_CONFIG(accessibility)
        self.clearFiltersButton.setText(QCoreApplication.translate("DiaryView", u"Clear filters", None))
#if QT_CONFIG(accessibility)
        self.countLabel.setAccessibleName(QCoreApplication.translate("DiaryView", u"Number of entries", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.entryList.setAccessibleDescription(QCoreApplication.translate("DiaryView", u"Your diary entries; choose one to read or change it", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.entryList.setAccessibleName(QCoreApplication.translate("DiaryView", u"Entries", None))
#endif // QT_CONFIG(accessibility)
        self.emptyLabel.setText(QCoreApplication.translate("DiaryView", u"Nothing here yet. When you're ready, write a few lines about your day.", None))
#if QT_CONFIG(accessibility)
        self.writeFirstButton.setAccessibleDescription(QCoreApplication.translate("DiaryView", u"Opens a new diary entry", None))
#endif // QT_CONFIG(accessibility)
        self.writeFirstButton.setText(QCoreApplication.translate("DiaryView", u"Write a reflection", None))
        self.noMatchLabel.setText(QCoreApplication.translate("DiaryView", u"No entries match.", None))
#if QT_CONFIG(accessibility)
        self.clearSearchButton.setAccessibleDescription(QCoreApplication.translate("DiaryView", u"Empties the search box and clears the filters, so every entry shows again", None))
#endif // QT_CONFIG(accessibility)
        self.clearSearchButton.setText(QCoreApplication.translate("DiaryView", u"Clear search and filters", None))
        self.noEntryLabel.setText(QCoreApplication.translate("DiaryView", u"Choose an entry to read it again, or start a new reflection.", None))
    # retranslateUi

