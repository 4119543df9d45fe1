"""technopolice-bot: watches French press and council feeds for police surveillance
technology and opens or updates threads on a Discourse forum, tagged by town."""

__version__ = "0.1.0"
