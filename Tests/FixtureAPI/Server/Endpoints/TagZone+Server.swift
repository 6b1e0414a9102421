import FixtureAPI

/// The server side of ``TagZone``: reads a call's inputs and calls the handler.
///
/// `PUT /zstack/v1/zones/{uuid}/actions`, synchronous.
nonisolated enum TagZoneServerEndpoint: FixtureServerEndpointDefinition {
    static func endpoint(calling handler: some FixtureAPIHandler) -> FixtureServerEndpoint {
        FixtureServerEndpoint(operation: TagZone.operation, bodyWrapper: "tagZone") { call in
            let body = try call.decodeBody(Body.self)
            let request = TagZone.Request(
                uuid: try call.pathParameter("uuid", as: String.self),
                systemTags: try call.required(body.systemTags ?? body.wrapped?.systemTags, .bodyField("systemTags"))
            )
            return { try await handler.tagZone(request) }
        }
    }

    /// The JSON body of a request: `{"tagZone": {...}}`, with the fields outside the wrapper beside it.
    ///
    /// A field outside the wrapper (and a tag list) may also stand inside it; the copy outside wins, as ZStack's
    /// top-level `systemTags` and `userTags` do.
    private struct Body: Decodable {
        let wrapped: Wrapped?
        let systemTags: [String]?

        init(from decoder: any Decoder) throws {
            let object = try decoder.container(keyedBy: FixtureServerCodingKey.self)
            self.wrapped = try object.optionalValue(Wrapped.self, forKey: "tagZone")
            self.systemTags = try object.optionalValue([String].self, forKey: "systemTags")
        }

        /// The fields inside the wrapper.
        struct Wrapped: Decodable {
            let systemTags: [String]?

            init(from decoder: any Decoder) throws {
                let object = try decoder.container(keyedBy: FixtureServerCodingKey.self)
                self.systemTags = try object.optionalValue([String].self, forKey: "systemTags")
            }
        }
    }
}
