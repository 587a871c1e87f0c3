"""Classification of a score, and the CRM priority of each class."""

from __future__ import annotations

from shared.leads.models import Classification, Priority

THRESHOLDS = ((80, Classification.HOT), (60, Classification.WARM), (40, Classification.COLD))
PRIORITY = {
    Classification.HOT: Priority.HIGH,
    Classification.WARM: Priority.MEDIUM,
    Classification.COLD: Priority.LOW,
    Classification.UNQUALIFIED: Priority.LOW,
}
#: Classes sales is notified about (they carry a sales follow-up; the others are automated).
NOTIFIED = (Classification.HOT, Classification.WARM)


def classify(score: int) -> Classification:
    """hot 80-100, warm 60-79, cold 40-59, unqualified 0-39."""
    for minimum, classification in THRESHOLDS:
        if score >= minimum:
            return classification
    return Classification.UNQUALIFIED


def priority(classification: Classification) -> Priority:
    """hot High, warm Medium, cold and unqualified Low."""
    return PRIORITY[classification]
