public import Foundation

/// How ZStack timestamps are read from and written to JSON.
///
/// ZStack renders dates with Gson's default pattern (`Jan 6, 2017 3:51:16 AM`) in the server's local time, with
/// no zone on the wire; ``timeZone`` says which zone that is. Decoding also accepts the renderings of newer JVMs
/// (`Jan 6, 2017, 3:51:16 AM`, with a narrow no-break space before `AM`), ISO 8601 with or without fractional
/// seconds and offset (without an offset the time is read in ``timeZone``), and epoch milliseconds as a JSON
/// number or a string of digits. Encoding always writes Gson's pattern in ``timeZone``.
///
/// A value can be shared freely between tasks: its formatters are used under a lock.
public nonisolated struct ZStackTimestamp: Sendable {
    /// The zone in which timestamps without an offset are read and in which timestamps are written.
    public let timeZone: TimeZone

    private let formatters: Formatters

    /// The zone that the API description names for the server's timestamps.
    public static var defaultTimeZone: TimeZone {
        // The API description's zone is checked when the client is generated, so the fallback is never taken.
        TimeZone(identifier: ZStackWire.timestampTimeZone) ?? .gmt
    }

    /// Creates a timestamp coding for the given zone.
    ///
    /// - Parameter timeZone: The zone in which the server renders timestamps.
    public init(timeZone: TimeZone = ZStackTimestamp.defaultTimeZone) {
        self.timeZone = timeZone
        self.formatters = Formatters(timeZone: timeZone)
    }

    /// Reads a timestamp in any of the accepted textual forms.
    ///
    /// - Parameter string: The text of a timestamp.
    /// - Returns: The instant, or `nil` if the text is no timestamp form that this coding knows.
    public func date(from string: String) -> Date? {
        let text = string.trimmingCharacters(in: .whitespaces)
        if let milliseconds = Int64(text) {
            return Self.date(fromEpochMilliseconds: milliseconds)
        }
        return formatters.date(fromPattern: text) ?? date(fromISO8601: text)
    }

    /// Writes a timestamp as the server does.
    ///
    /// - Parameter date: The instant to write.
    /// - Returns: The instant in the API's pattern and in ``timeZone``.
    public func string(from date: Date) -> String {
        formatters.string(from: date)
    }

    /// The strategy that makes a `JSONDecoder` read ZStack timestamps.
    public var decodingStrategy: JSONDecoder.DateDecodingStrategy {
        .custom { [self] decoder in
            let container = try decoder.singleValueContainer()
            if let milliseconds = try? container.decode(Int64.self) {
                return Self.date(fromEpochMilliseconds: milliseconds)
            }
            if let milliseconds = try? container.decode(Double.self) {
                return Date(timeIntervalSince1970: milliseconds / 1000)
            }
            let string = try container.decode(String.self)
            guard let date = date(from: string) else {
                throw DecodingError.dataCorruptedError(
                    in: container,
                    debugDescription: "Expected a timestamp such as \"Jan 6, 2017 3:51:16 AM\", found \"\(string)\"."
                )
            }
            return date
        }
    }

    /// The strategy that makes a `JSONEncoder` write timestamps as the server does.
    public var encodingStrategy: JSONEncoder.DateEncodingStrategy {
        .custom { [self] date, encoder in
            var container = encoder.singleValueContainer()
            try container.encode(string(from: date))
        }
    }

    private static func date(fromEpochMilliseconds milliseconds: Int64) -> Date {
        Date(timeIntervalSince1970: Double(milliseconds) / 1000)
    }

    private func date(fromISO8601 text: String) -> Date? {
        // A style without a zone ignores a trailing `Z`, so the styles that require an offset go first.
        let styles = [
            Date.ISO8601FormatStyle(includingFractionalSeconds: true),
            Date.ISO8601FormatStyle(includingFractionalSeconds: false),
            Date.ISO8601FormatStyle(timeZone: timeZone).year().month().day().time(includingFractionalSeconds: true),
            Date.ISO8601FormatStyle(timeZone: timeZone).year().month().day().time(includingFractionalSeconds: false),
        ]
        for style in styles {
            if let date = try? style.parse(text) {
                return date
            }
        }
        return nil
    }
}

nonisolated extension ZStackTimestamp {
    /// The pattern formatters, which Foundation does not promise to be safe for concurrent use.
    private final class Formatters: @unchecked Sendable {
        // Every access to `writer` and `readers` holds `lock`; they are never handed out.
        private let lock = NSLock()
        private let writer: DateFormatter
        private let readers: [DateFormatter]

        init(timeZone: TimeZone) {
            let patterns = [ZStackWire.timestampFormat] + ZStackWire.timestampAlternativeFormats
            let formatters = patterns.map { pattern in
                let formatter = DateFormatter()
                formatter.locale = Locale(identifier: ZStackWire.timestampLocale)
                formatter.timeZone = timeZone
                formatter.dateFormat = pattern
                formatter.isLenient = false
                return formatter
            }
            self.writer = formatters[0]
            self.readers = formatters
        }

        func date(fromPattern text: String) -> Date? {
            // Newer JVMs put a narrow no-break space (or a no-break space) before the day period.
            let normalized = text.replacingOccurrences(of: "\u{202F}", with: " ")
                .replacingOccurrences(of: "\u{00A0}", with: " ")
            return lock.withLock {
                readers.lazy.compactMap { $0.date(from: normalized) }.first
            }
        }

        func string(from date: Date) -> String {
            lock.withLock { writer.string(from: date) }
        }
    }
}
