import ZStackSDK

/// The server side of ``SetImageBootMode``: reads a call's inputs and calls the handler.
///
/// `PUT /zstack/v1/images/{uuid}/actions`, asynchronous.
nonisolated enum SetImageBootModeServerEndpoint: ZStackServerEndpointDefinition {
    static func endpoint(calling handler: some ZStackAPIHandler) -> ZStackServerEndpoint {
        ZStackServerEndpoint(operation: SetImageBootMode.operation, bodyWrapper: "setImageBootMode") { call in
            let body = try call.decodeBody(Body.self)
            let request = SetImageBootMode.Request(
                uuid: try call.pathParameter("uuid", as: String.self),
                bootMode: try call.required(body.wrapped?.bootMode, .bodyField("setImageBootMode.bootMode")),
                systemTags: body.systemTags ?? body.wrapped?.systemTags,
                userTags: body.userTags ?? body.wrapped?.userTags
            )
            return { try await handler.setImageBootMode(request) }
        }
    }

    /// The JSON body of a request: `{"setImageBootMode": {...}}`, with the fields outside the wrapper beside it.
    ///
    /// A field outside the wrapper (and a tag list) may also stand inside it; the copy outside wins, as ZStack's
    /// top-level `systemTags` and `userTags` do.
    private struct Body: Decodable {
        let wrapped: Wrapped?
        let systemTags: [String]?
        let userTags: [String]?

        init(from decoder: any Decoder) throws {
            let object = try decoder.container(keyedBy: ZStackServerCodingKey.self)
            self.wrapped = try object.optionalValue(Wrapped.self, forKey: "setImageBootMode")
            self.systemTags = try object.optionalValue([String].self, forKey: "systemTags")
            self.userTags = try object.optionalValue([String].self, forKey: "userTags")
        }

        /// The fields inside the wrapper.
        struct Wrapped: Decodable {
            let bootMode: SetImageBootModeBootMode?
            let systemTags: [String]?
            let userTags: [String]?

            init(from decoder: any Decoder) throws {
                let object = try decoder.container(keyedBy: ZStackServerCodingKey.self)
                self.bootMode = try object.optionalValue(SetImageBootModeBootMode.self, forKey: "bootMode")
                self.systemTags = try object.optionalValue([String].self, forKey: "systemTags")
                self.userTags = try object.optionalValue([String].self, forKey: "userTags")
            }
        }
    }
}
