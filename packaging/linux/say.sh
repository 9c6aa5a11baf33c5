say() {
    # In a terminal: print. Double-clicked: a small window, when the desktop has a tool for it.
    if [ -t 1 ]; then
        printf '%s\n' "$1"
    elif command -v zenity >/dev/null 2>&1; then
        zenity --info --title="$NAME" --text="$1" >/dev/null 2>&1 || printf '%s\n' "$1"
    elif command -v kdialog >/dev/null 2>&1; then
        kdialog --title "$NAME" --msgbox "$1" >/dev/null 2>&1 || printf '%s\n' "$1"
    elif command -v notify-send >/dev/null 2>&1; then
        notify-send "$NAME" "$1" >/dev/null 2>&1 || printf '%s\n' "$1"
    else
        printf '%s\n' "$1"
    fi
}
