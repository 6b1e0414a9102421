import ZStackSDK

/// The server side of ``RevokeResourceSharing``: reads a call's inputs and calls the handler.
///
/// `PUT /zstack/v1/accounts/resources/actions`, asynchronous.
nonisolated enum RevokeResourceSharingServerEndpoint: ZStackServerEndpointDefinition {
    static func endpoint(calling handler: some ZStackAPIHandler) -> ZStackServerEndpoint {
        ZStackServerEndpoint(operation: RevokeResourceSharing.operation, bodyWrapper: "revokeResourceSharing") { call in
            let body = try call.decodeBody(Body.self)
            let request = RevokeResourceSharing.Request(
                resourceUuids: try call.required(
                    body.wrapped?.resourceUuids,
                    .bodyField("revokeResourceSharing.resourceUuids")
                ),
                toPublic: body.wrapped?.toPublic,
                accountUuids: body.wrapped?.accountUuids,
                all: body.wrapped?.all,
                systemTags: body.systemTags ?? body.wrapped?.systemTags,
                userTags: body.userTags ?? body.wrapped?.userTags
            )
            return { try await handler.revokeResourceSharing(request) }
        }
    }

    /// The JSON body of a request: `{"revokeResourceSharing": {...}}`, with the fields outside the wrapper beside it.
    ///
    /// A field outside the wrapper (and a tag list) may also stand inside it; the copy outside wins, as ZStack's
    /// top-level `systemTags` and `userTags` do.
    private struct Body: Decodable {
        let wrapped: Wrapped?
        let systemTags: [String]?
        let userTags: [String]?

        init(from decoder: any Decoder) throws {
            let object = try decoder.container(keyedBy: ZStackServerCodingKey.self)
            self.wrapped = try object.optionalValue(Wrapped.self, forKey: "revokeResourceSharing")
            self.systemTags = try object.optionalValue([String].self, forKey: "systemTags")
            self.userTags = try object.optionalValue([String].self, forKey: "userTags")
        }

        /// The fields inside the wrapper.
        struct Wrapped: Decodable {
            let resourceUuids: [String]?
            let toPublic: Bool?
            let accountUuids: [String]?
            let all: Bool?
            let systemTags: [String]?
            let userTags: [String]?

            init(from decoder: any Decoder) throws {
                let object = try decoder.container(keyedBy: ZStackServerCodingKey.self)
                self.resourceUuids = try object.optionalValue([String].self, forKey: "resourceUuids")
                self.toPublic = try object.optionalValue(Bool.self, forKey: "toPublic")
                self.accountUuids = try object.optionalValue([String].self, forKey: "accountUuids")
                self.all = try object.optionalValue(Bool.self, forKey: "all")
                self.systemTags = try object.optionalValue([String].self, forKey: "systemTags")
                self.userTags = try object.optionalValue([String].self, forKey: "userTags")
            }
        }
    }
}
