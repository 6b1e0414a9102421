import ZStackSDK

/// The server side of ``ChangeDiskOfferingState``: reads a call's inputs and calls the handler.
///
/// `PUT /zstack/v1/disk-offerings/{uuid}/actions`, asynchronous.
nonisolated enum ChangeDiskOfferingStateServerEndpoint: ZStackServerEndpointDefinition {
    static func endpoint(calling handler: some ZStackAPIHandler) -> ZStackServerEndpoint {
        ZStackServerEndpoint(
            operation: ChangeDiskOfferingState.operation,
            bodyWrapper: "changeDiskOfferingState"
        ) { call in
            let body = try call.decodeBody(Body.self)
            let request = ChangeDiskOfferingState.Request(
                uuid: try call.pathParameter("uuid", as: String.self),
                stateEvent: try call.required(
                    body.wrapped?.stateEvent,
                    .bodyField("changeDiskOfferingState.stateEvent")
                ),
                systemTags: body.systemTags ?? body.wrapped?.systemTags,
                userTags: body.userTags ?? body.wrapped?.userTags
            )
            return { try await handler.changeDiskOfferingState(request) }
        }
    }

    /// The JSON body of a request: `{"changeDiskOfferingState": {...}}`, with the fields outside the wrapper beside it.
    ///
    /// A field outside the wrapper (and a tag list) may also stand inside it; the copy outside wins, as ZStack's
    /// top-level `systemTags` and `userTags` do.
    private struct Body: Decodable {
        let wrapped: Wrapped?
        let systemTags: [String]?
        let userTags: [String]?

        init(from decoder: any Decoder) throws {
            let object = try decoder.container(keyedBy: ZStackServerCodingKey.self)
            self.wrapped = try object.optionalValue(Wrapped.self, forKey: "changeDiskOfferingState")
            self.systemTags = try object.optionalValue([String].self, forKey: "systemTags")
            self.userTags = try object.optionalValue([String].self, forKey: "userTags")
        }

        /// The fields inside the wrapper.
        struct Wrapped: Decodable {
            let stateEvent: ChangeDiskOfferingStateStateEvent?
            let systemTags: [String]?
            let userTags: [String]?

            init(from decoder: any Decoder) throws {
                let object = try decoder.container(keyedBy: ZStackServerCodingKey.self)
                self.stateEvent = try object.optionalValue(ChangeDiskOfferingStateStateEvent.self, forKey: "stateEvent")
                self.systemTags = try object.optionalValue([String].self, forKey: "systemTags")
                self.userTags = try object.optionalValue([String].self, forKey: "userTags")
            }
        }
    }
}
