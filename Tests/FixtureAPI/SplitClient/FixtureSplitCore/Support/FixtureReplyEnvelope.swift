/// The bodies of the replies that every Fixture endpoint shares: failures and accepted asynchronous calls.
nonisolated enum FixtureReplyEnvelope {
    /// A failure reply, such as `{"error": {...}}`.
    struct Failure: Decodable {
        /// The error, if the reply carries one.
        var error: FixtureErrorCode?

        init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: FixtureCodingKey.self)
            self.error = try container.decodeIfPresent(
                FixtureErrorCode.self,
                forKey: FixtureCodingKey(stringValue: FixtureWire.errorField)
            )
        }
    }

    /// The reply that accepts an asynchronous call, such as `{"location": "http://host/zstack/v1/api-jobs/ID"}`.
    struct Accepted: Decodable {
        /// Where the job's result can be polled, if the reply says.
        var location: String?

        init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: FixtureCodingKey.self)
            self.location = try container.decodeIfPresent(
                String.self,
                forKey: FixtureCodingKey(stringValue: FixtureWire.locationField)
            )
        }
    }
}
