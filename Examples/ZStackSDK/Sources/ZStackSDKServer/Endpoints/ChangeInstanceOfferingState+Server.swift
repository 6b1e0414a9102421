import ZStackSDK

/// The server side of ``ChangeInstanceOfferingState``: reads a call's inputs and calls the handler.
///
/// `PUT /zstack/v1/instance-offerings/{uuid}/actions`, asynchronous.
nonisolated enum ChangeInstanceOfferingStateServerEndpoint: ZStackServerEndpointDefinition {
    static func endpoint(calling handler: some ZStackAPIHandler) -> ZStackServerEndpoint {
        ZStackServerEndpoint(
            operation: ChangeInstanceOfferingState.operation,
            bodyWrapper: "changeInstanceOfferingState"
        ) { call in
            let body = try call.decodeBody(Body.self)
            let request = ChangeInstanceOfferingState.Request(
                uuid: try call.pathParameter("uuid", as: String.self),
                stateEvent: try call.required(
                    body.wrapped?.stateEvent,
                    .bodyField("changeInstanceOfferingState.stateEvent")
                ),
                systemTags: body.systemTags ?? body.wrapped?.systemTags,
                userTags: body.userTags ?? body.wrapped?.userTags
            )
            return { try await handler.changeInstanceOfferingState(request) }
        }
    }

    /// The JSON body of a request: `{"changeInstanceOfferingState": {...}}`, with the fields outside the wrapper beside it.
    ///
    /// A field outside the wrapper (and a tag list) may also stand inside it; the copy outside wins, as ZStack's
    /// top-level `systemTags` and `userTags` do.
    private struct Body: Decodable {
        let wrapped: Wrapped?
        let systemTags: [String]?
        let userTags: [String]?

        init(from decoder: any Decoder) throws {
            let object = try decoder.container(keyedBy: ZStackServerCodingKey.self)
            self.wrapped = try object.optionalValue(Wrapped.self, forKey: "changeInstanceOfferingState")
            self.systemTags = try object.optionalValue([String].self, forKey: "systemTags")
            self.userTags = try object.optionalValue([String].self, forKey: "userTags")
        }

        /// The fields inside the wrapper.
        struct Wrapped: Decodable {
            let stateEvent: ChangeInstanceOfferingStateStateEvent?
            let systemTags: [String]?
            let userTags: [String]?

            init(from decoder: any Decoder) throws {
                let object = try decoder.container(keyedBy: ZStackServerCodingKey.self)
                self.stateEvent = try object.optionalValue(
                    ChangeInstanceOfferingStateStateEvent.self,
                    forKey: "stateEvent"
                )
                self.systemTags = try object.optionalValue([String].self, forKey: "systemTags")
                self.userTags = try object.optionalValue([String].self, forKey: "userTags")
            }
        }
    }
}
