"""VIBE Desktop: an offline reader for IREX's Vibrant Information Barometer reports."""

__version__ = "0.1.0"
APP_NAME = "VIBE Desktop"
ORG_NAME = "VIBE Desktop"
ACKNOWLEDGMENT = (
    "The Vibrant Information Barometer (VIBE) is a product of IREX with funding from USAID."
)
