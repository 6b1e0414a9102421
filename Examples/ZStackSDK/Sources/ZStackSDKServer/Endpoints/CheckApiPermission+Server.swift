import ZStackSDK

/// The server side of ``CheckApiPermission``: reads a call's inputs and calls the handler.
///
/// `PUT /zstack/v1/accounts/permissions/actions`, synchronous.
nonisolated enum CheckApiPermissionServerEndpoint: ZStackServerEndpointDefinition {
    static func endpoint(calling handler: some ZStackAPIHandler) -> ZStackServerEndpoint {
        ZStackServerEndpoint(operation: CheckApiPermission.operation, bodyWrapper: "checkApiPermission") { call in
            let body = try call.decodeBody(Body.self)
            let request = CheckApiPermission.Request(
                apiNames: try call.required(body.wrapped?.apiNames, .bodyField("checkApiPermission.apiNames")),
                userUuid: body.wrapped?.userUuid,
                systemTags: body.systemTags ?? body.wrapped?.systemTags,
                userTags: body.userTags ?? body.wrapped?.userTags
            )
            return { try await handler.checkApiPermission(request) }
        }
    }

    /// The JSON body of a request: `{"checkApiPermission": {...}}`, with the fields outside the wrapper beside it.
    ///
    /// A field outside the wrapper (and a tag list) may also stand inside it; the copy outside wins, as ZStack's
    /// top-level `systemTags` and `userTags` do.
    private struct Body: Decodable {
        let wrapped: Wrapped?
        let systemTags: [String]?
        let userTags: [String]?

        init(from decoder: any Decoder) throws {
            let object = try decoder.container(keyedBy: ZStackServerCodingKey.self)
            self.wrapped = try object.optionalValue(Wrapped.self, forKey: "checkApiPermission")
            self.systemTags = try object.optionalValue([String].self, forKey: "systemTags")
            self.userTags = try object.optionalValue([String].self, forKey: "userTags")
        }

        /// The fields inside the wrapper.
        struct Wrapped: Decodable {
            let userUuid: String?
            let apiNames: [String]?
            let systemTags: [String]?
            let userTags: [String]?

            init(from decoder: any Decoder) throws {
                let object = try decoder.container(keyedBy: ZStackServerCodingKey.self)
                self.userUuid = try object.optionalValue(String.self, forKey: "userUuid")
                self.apiNames = try object.optionalValue([String].self, forKey: "apiNames")
                self.systemTags = try object.optionalValue([String].self, forKey: "systemTags")
                self.userTags = try object.optionalValue([String].self, forKey: "userTags")
            }
        }
    }
}
