/// The bodies of the replies that every ZStack endpoint shares: failures and accepted asynchronous calls.
nonisolated enum ZStackReplyEnvelope {
    /// A failure reply, such as `{"error": {...}}`.
    struct Failure: Decodable {
        /// The error, if the reply carries one.
        var error: ZStackErrorCode?

        init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: Key.self)
            self.error = try container.decodeIfPresent(ZStackErrorCode.self, forKey: Key(ZStackWire.errorField))
        }
    }

    /// The reply that accepts an asynchronous call, such as `{"location": "http://host/zstack/v1/api-jobs/ID"}`.
    struct Accepted: Decodable {
        /// Where the job's result can be polled, if the reply says.
        var location: String?

        init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: Key.self)
            self.location = try container.decodeIfPresent(String.self, forKey: Key(ZStackWire.locationField))
        }
    }

    /// A JSON member name that is only known at run time.
    struct Key: CodingKey {
        var stringValue: String
        var intValue: Int? { nil }

        init(_ stringValue: String) {
            self.stringValue = stringValue
        }

        init?(stringValue: String) {
            self.init(stringValue)
        }

        init?(intValue: Int) {
            return nil
        }
    }
}
