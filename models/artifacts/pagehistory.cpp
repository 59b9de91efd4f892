// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/artifacts/pagehistory.h"

namespace Dbtc::Models {

namespace {

// A day of clicking around stays small; the oldest pages go first.
constexpr qsizetype kMaxPages = 200;

} // namespace

PageHistory::PageHistory(QObject *parent)
    : QObject(parent)
{ }

void PageHistory::visit(const QString &uniqueId)
{
    if (uniqueId.isEmpty() || current() == uniqueId) {
        return;
    }
    m_pages.resize(m_current + 1); // a new visit after going back forgets the forward pages
    m_pages << uniqueId;
    if (m_pages.size() > kMaxPages) {
        m_pages.removeFirst();
    }
    m_current = m_pages.size() - 1;
    emit changed();
}

QString PageHistory::back()
{
    if (!canGoBack()) {
        return {};
    }
    --m_current;
    emit changed();
    return m_pages[m_current];
}

QString PageHistory::forward()
{
    if (!canGoForward()) {
        return {};
    }
    ++m_current;
    emit changed();
    return m_pages[m_current];
}

void PageHistory::clear()
{
    m_pages.clear();
    m_current = -1;
    emit changed();
}

} // namespace Dbtc::Models
