/// The API-wide settings of the corpus's `api:` block.
public struct APISettings: Hashable, Sendable {
    /// Prefix for generated top-level names (`ZStack` -> `ZStackClient`).
    public var name: String
    public var title: LocalizedText
    /// The first locale is the default.
    public var locales: [String]
    public var auth: Auth
    public var timestamps: Timestamps
    public var async: Async
    public var errors: Errors
    /// The query convention (`api.queries`), if the API declares one.
    public var queries: Queries?
    /// How sessions begin and end (`api.sessions`), if the API declares it.
    public var sessions: Sessions?

    public struct Auth: Hashable, Sendable {
        public var header: String
        /// The header's value with a `{placeholder}` for the credential (`OAuth {sessionUuid}`).
        public var value: String
    }

    public struct Timestamps: Hashable, Sendable {
        /// A Unicode date pattern (`MMM d, yyyy h:mm:ss a`).
        public var format: String
        public var locale: String
        public var timeZone: String
    }

    public struct Async: Hashable, Sendable {
        public var acceptedStatus: Int
        public var locationField: String
        /// Where jobs are polled, followed by `/<job UUID>` (server stubs serve it).
        public var jobsPath: String = "/zstack/v1/api-jobs"
    }

    public struct Errors: Hashable, Sendable {
        public var statuses: [Int]
        public var field: String
        public var type: String
    }

    /// How the API's query endpoints filter and page (`api.queries`). An endpoint that has the
    /// `conditions` query parameter follows it, and must then have every parameter and reply field
    /// named here; the generated client gives it paging helpers.
    public struct Queries: Hashable, Sendable {
        /// The repeated condition parameter (`q`, each value `field<op>value`): its presence makes an
        /// endpoint a query.
        public var conditions: String
        /// The parameter with the most items a reply holds (`limit`).
        public var limit: String
        /// The parameter with the number of matching items to skip (`start`).
        public var start: String
        /// The reply's list of matching items (`inventories`).
        public var items: String
        /// The Boolean parameter that makes the reply carry the total (`replyWithCount`), if any.
        public var count: String?
        /// The reply's number of matching items (`total`), if any.
        public var total: String?
        /// The `String` parameter that orders the items: `+field` ascending, `-field` descending (`sort`), if any.
        public var sort: String?
        /// The `String` parameter that selects the fields each item carries, separated by commas (`fields`), if any.
        public var fields: String?
        /// How a condition writes a timestamp, as a date pattern in `api.timestamps`' locale and time zone
        /// (`timestamp-format`; SQL's `yyyy-MM-dd HH:mm:ss` unless the API says otherwise).
        public var timestampFormat: String

        /// The pattern of a timestamp in a condition when `api.queries` names none: SQL's, which ZStack's
        /// query builder reads with `java.sql.Timestamp.valueOf`.
        public static let defaultTimestampFormat = "yyyy-MM-dd HH:mm:ss"

        public init(
            conditions: String, limit: String, start: String, items: String, count: String? = nil, total: String? = nil,
            sort: String? = nil, fields: String? = nil, timestampFormat: String = Queries.defaultTimestampFormat
        ) {
            self.conditions = conditions
            self.limit = limit
            self.start = start
            self.items = items
            self.count = count
            self.total = total
            self.sort = sort
            self.fields = fields
            self.timestampFormat = timestampFormat
        }
    }

    /// How the API's sessions begin and end (`api.sessions`): the generated client opens a session
    /// with a log-in endpoint, sends it, closes it with the log-out endpoint, and recognises the
    /// errors of calls whose session expired.
    public struct Sessions: Hashable, Sendable {
        /// The endpoints whose reply holds a new session (`LogInByAccount`), with where each is named.
        public var logIn: [Named]
        /// Where in a log-in reply the session id is: field names, outermost first (`inventory.uuid`).
        public var sessionID: Named
        /// The endpoint that ends a session (`LogOut`), if any.
        public var logOut: Named?
        /// The input of the log-out endpoint that takes the session id (`sessionUuid`).
        public var logOutParameter: Named?
        /// The error codes of a call whose session expired or is unknown (`ID.1001`).
        public var invalidSessionCodes: [String]

        /// A name in the block, with the location of its text for diagnostics.
        public struct Named: Hashable, Sendable {
            public var name: String
            public var location: SourceLocation

            public init(_ name: String, at location: SourceLocation) {
                self.name = name
                self.location = location
            }
        }

        public init(logIn: [Named], sessionID: Named, logOut: Named?, logOutParameter: Named?, invalidSessionCodes: [String]) {
            self.logIn = logIn
            self.sessionID = sessionID
            self.logOut = logOut
            self.logOutParameter = logOutParameter
            self.invalidSessionCodes = invalidSessionCodes
        }
    }

    public var defaultLocale: String { locales.first ?? "en" }

    /// Settings for a corpus that declares none (only the ZStack-shaped wire is supported).
    public static let defaults = APISettings(
        name: "API", title: LocalizedText(["en": "API"]), locales: ["en"],
        auth: Auth(header: "Authorization", value: "OAuth {sessionUuid}"),
        timestamps: Timestamps(format: "MMM d, yyyy h:mm:ss a", locale: "en_US_POSIX", timeZone: "UTC"),
        async: Async(acceptedStatus: 202, locationField: "location"),
        errors: Errors(statuses: [503], field: "error", type: "ErrorCode"))
}
