import ZStackSDK

/// The server side of ``UpdateSystemTag``: reads a call's inputs and calls the handler.
///
/// `PUT /zstack/v1/system-tags/{uuid}/actions`, asynchronous.
nonisolated enum UpdateSystemTagServerEndpoint: ZStackServerEndpointDefinition {
    static func endpoint(calling handler: some ZStackAPIHandler) -> ZStackServerEndpoint {
        ZStackServerEndpoint(operation: UpdateSystemTag.operation, bodyWrapper: "updateSystemTag") { call in
            let body = try call.decodeBody(Body.self)
            let request = UpdateSystemTag.Request(
                uuid: try call.pathParameter("uuid", as: String.self),
                tag: try call.required(body.wrapped?.tag, .bodyField("updateSystemTag.tag")),
                systemTags: body.systemTags ?? body.wrapped?.systemTags,
                userTags: body.userTags ?? body.wrapped?.userTags
            )
            return { try await handler.updateSystemTag(request) }
        }
    }

    /// The JSON body of a request: `{"updateSystemTag": {...}}`, with the fields outside the wrapper beside it.
    ///
    /// A field outside the wrapper (and a tag list) may also stand inside it; the copy outside wins, as ZStack's
    /// top-level `systemTags` and `userTags` do.
    private struct Body: Decodable {
        let wrapped: Wrapped?
        let systemTags: [String]?
        let userTags: [String]?

        init(from decoder: any Decoder) throws {
            let object = try decoder.container(keyedBy: ZStackServerCodingKey.self)
            self.wrapped = try object.optionalValue(Wrapped.self, forKey: "updateSystemTag")
            self.systemTags = try object.optionalValue([String].self, forKey: "systemTags")
            self.userTags = try object.optionalValue([String].self, forKey: "userTags")
        }

        /// The fields inside the wrapper.
        struct Wrapped: Decodable {
            let tag: String?
            let systemTags: [String]?
            let userTags: [String]?

            init(from decoder: any Decoder) throws {
                let object = try decoder.container(keyedBy: ZStackServerCodingKey.self)
                self.tag = try object.optionalValue(String.self, forKey: "tag")
                self.systemTags = try object.optionalValue([String].self, forKey: "systemTags")
                self.userTags = try object.optionalValue([String].self, forKey: "userTags")
            }
        }
    }
}
