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

        public init(conditions: String, limit: String, start: String, items: String, count: String? = nil, total: String? = nil) {
            self.conditions = conditions
            self.limit = limit
            self.start = start
            self.items = items
            self.count = count
            self.total = total
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
