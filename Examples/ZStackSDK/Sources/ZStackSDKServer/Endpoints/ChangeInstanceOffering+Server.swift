import ZStackSDK

/// The server side of ``ChangeInstanceOffering``: reads a call's inputs and calls the handler.
///
/// `PUT /zstack/v1/vm-instances/{vmInstanceUuid}/actions`, asynchronous.
nonisolated enum ChangeInstanceOfferingServerEndpoint: ZStackServerEndpointDefinition {
    static func endpoint(calling handler: some ZStackAPIHandler) -> ZStackServerEndpoint {
        ZStackServerEndpoint(
            operation: ChangeInstanceOffering.operation,
            bodyWrapper: "changeInstanceOffering"
        ) { call in
            let body = try call.decodeBody(Body.self)
            let request = ChangeInstanceOffering.Request(
                vmInstanceUuid: try call.pathParameter("vmInstanceUuid", as: String.self),
                instanceOfferingUuid: try call.required(
                    body.wrapped?.instanceOfferingUuid,
                    .bodyField("changeInstanceOffering.instanceOfferingUuid")
                ),
                systemTags: body.systemTags ?? body.wrapped?.systemTags,
                userTags: body.userTags ?? body.wrapped?.userTags
            )
            return { try await handler.changeInstanceOffering(request) }
        }
    }

    /// The JSON body of a request: `{"changeInstanceOffering": {...}}`, with the fields outside the wrapper beside it.
    ///
    /// A field outside the wrapper (and a tag list) may also stand inside it; the copy outside wins, as ZStack's
    /// top-level `systemTags` and `userTags` do.
    private struct Body: Decodable {
        let wrapped: Wrapped?
        let systemTags: [String]?
        let userTags: [String]?

        init(from decoder: any Decoder) throws {
            let object = try decoder.container(keyedBy: ZStackServerCodingKey.self)
            self.wrapped = try object.optionalValue(Wrapped.self, forKey: "changeInstanceOffering")
            self.systemTags = try object.optionalValue([String].self, forKey: "systemTags")
            self.userTags = try object.optionalValue([String].self, forKey: "userTags")
        }

        /// The fields inside the wrapper.
        struct Wrapped: Decodable {
            let instanceOfferingUuid: String?
            let systemTags: [String]?
            let userTags: [String]?

            init(from decoder: any Decoder) throws {
                let object = try decoder.container(keyedBy: ZStackServerCodingKey.self)
                self.instanceOfferingUuid = try object.optionalValue(String.self, forKey: "instanceOfferingUuid")
                self.systemTags = try object.optionalValue([String].self, forKey: "systemTags")
                self.userTags = try object.optionalValue([String].self, forKey: "userTags")
            }
        }
    }
}
