import HTTPTypes

/// The API-wide facts of the ZStack wire format.
///
/// This is the only file of the client's runtime whose contents depend on the API description: every value
/// here comes from the `api:` block of the specs. The rest of `Client/` and `Support/` reads them from here.
nonisolated enum ZStackWire {
    /// The header that carries the authorization of a call that needs it (`api.auth.header`).
    ///
    /// The name is checked when the client is generated, so the fallback is never taken.
    static let authorizationHeader = HTTPField.Name("Authorization") ?? .authorization

    /// The header value that authorizes a call with a session (`api.auth.value`).
    ///
    /// - Parameter sessionUUID: The session identifier, as returned by a login call.
    /// - Returns: The complete header value.
    static func authorizationValue(sessionUUID: String) -> String {
        "OAuth \(sessionUUID)"
    }

    /// The HTTP statuses of failure replies (`api.errors.status`).
    static let errorStatuses: Set<Int> = [503]

    /// The field of a failure reply that holds the error (`api.errors.field`).
    static let errorField = "error"

    /// Error codes of a call whose session expired, was closed or is unknown (`api.sessions.invalid-session-codes`).
    static let invalidSessionCodes: Set<String> = ["ID.1001"]

    /// The HTTP status with which an asynchronous call is accepted (`api.async.accepted-status`).
    static let acceptedStatus = 202

    /// The field of an accepted reply that holds the job's location (`api.async.location-field`).
    static let locationField = "location"

    /// The date pattern of timestamps on the wire (`api.timestamps.format`).
    static let timestampFormat = "MMM d, yyyy h:mm:ss a"

    /// Other renderings of ``timestampFormat`` that a server may send and a client must accept.
    ///
    /// Gson's default pattern comes from the JVM's locale data: since Java 9 (CLDR) it puts a comma after the
    /// year, and since Java 20 a narrow no-break space before the day period (which decoding treats as a space).
    static let timestampAlternativeFormats: [String] = ["MMM d, yyyy, h:mm:ss a"]

    /// The locale of timestamps on the wire (`api.timestamps.locale`).
    static let timestampLocale = "en_US_POSIX"

    /// The time zone in which the server renders timestamps (`api.timestamps.time-zone`); the wire carries none.
    static let timestampTimeZone = "Asia/Shanghai"
}

/// The model of the error that ZStack's failure replies carry (`api.errors.type`).
public typealias ZStackErrorCode = ErrorCode
