"""The desktop app: Qt widgets over the services. The only layer that imports Qt."""
