import CXlsxWriter

/// How a cell looks. Equal styles share one libxlsxwriter format in a workbook.
public struct XlsxStyle: Hashable, Sendable {
    public enum HorizontalAlignment: Hashable, Sendable { case left, center, right }

    public var bold = false
    public var italic = false
    public var fontSize: Double?
    /// `0xRRGGBB`.
    public var fontColor: UInt32?
    /// `0xRRGGBB`.
    public var backgroundColor: UInt32?
    public var border = false
    public var horizontal: HorizontalAlignment?
    public var verticalCenter = false
    public var verticalTop = false
    public var wrap = false
    /// Excel number format (`0.0`, `0%`, `yyyy-mm-dd`).
    public var numberFormat: String?
    /// Unlocked cells stay editable when the sheet is protected.
    public var unlocked = false
    public var indent: Int = 0

    public init(bold: Bool = false, italic: Bool = false, fontSize: Double? = nil, fontColor: UInt32? = nil,
                backgroundColor: UInt32? = nil, border: Bool = false, horizontal: HorizontalAlignment? = nil,
                verticalCenter: Bool = false, verticalTop: Bool = false, wrap: Bool = false, numberFormat: String? = nil,
                unlocked: Bool = false, indent: Int = 0) {
        self.bold = bold
        self.italic = italic
        self.fontSize = fontSize
        self.fontColor = fontColor
        self.backgroundColor = backgroundColor
        self.border = border
        self.horizontal = horizontal
        self.verticalCenter = verticalCenter
        self.verticalTop = verticalTop
        self.wrap = wrap
        self.numberFormat = numberFormat
        self.unlocked = unlocked
        self.indent = indent
    }

    /// Applies the style to a fresh libxlsxwriter format.
    func apply(to format: UnsafeMutablePointer<lxw_format>) {
        if bold { format_set_bold(format) }
        if italic { format_set_italic(format) }
        if let fontSize { format_set_font_size(format, fontSize) }
        if let fontColor { format_set_font_color(format, fontColor) }
        if let backgroundColor {
            format_set_pattern(format, UInt8(LXW_PATTERN_SOLID.rawValue))
            format_set_bg_color(format, backgroundColor)
        }
        if border { format_set_border(format, UInt8(LXW_BORDER_THIN.rawValue)); format_set_border_color(format, 0xBFBFBF) }
        switch horizontal {
        case .left: format_set_align(format, UInt8(LXW_ALIGN_LEFT.rawValue))
        case .center: format_set_align(format, UInt8(LXW_ALIGN_CENTER.rawValue))
        case .right: format_set_align(format, UInt8(LXW_ALIGN_RIGHT.rawValue))
        case nil: break
        }
        if verticalCenter { format_set_align(format, UInt8(LXW_ALIGN_VERTICAL_CENTER.rawValue)) }
        if verticalTop { format_set_align(format, UInt8(LXW_ALIGN_VERTICAL_TOP.rawValue)) }
        if wrap { format_set_text_wrap(format) }
        if let numberFormat { format_set_num_format(format, numberFormat) }
        if unlocked { format_set_unlocked(format) }
        if indent > 0 { format_set_indent(format, UInt8(indent)) }
    }
}
