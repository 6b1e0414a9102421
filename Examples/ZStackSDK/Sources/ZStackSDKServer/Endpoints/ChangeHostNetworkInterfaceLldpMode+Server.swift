import ZStackSDK

/// The server side of ``ChangeHostNetworkInterfaceLldpMode``: reads a call's inputs and calls the handler.
///
/// `PUT /zstack/v1/hostNetworkInterface/lldp/actions`, asynchronous.
nonisolated enum ChangeHostNetworkInterfaceLldpModeServerEndpoint: ZStackServerEndpointDefinition {
    static func endpoint(calling handler: some ZStackAPIHandler) -> ZStackServerEndpoint {
        ZStackServerEndpoint(
            operation: ChangeHostNetworkInterfaceLldpMode.operation,
            bodyWrapper: "changeHostNetworkInterfaceLldpMode"
        ) { call in
            let body = try call.decodeBody(Body.self)
            let request = ChangeHostNetworkInterfaceLldpMode.Request(
                interfaceUuids: try call.required(
                    body.wrapped?.interfaceUuids,
                    .bodyField("changeHostNetworkInterfaceLldpMode.interfaceUuids")
                ),
                mode: body.wrapped?.mode,
                systemTags: body.systemTags ?? body.wrapped?.systemTags,
                userTags: body.userTags ?? body.wrapped?.userTags
            )
            return { try await handler.changeHostNetworkInterfaceLldpMode(request) }
        }
    }

    /// The JSON body of a request: `{"changeHostNetworkInterfaceLldpMode": {...}}`, with the fields outside the wrapper beside it.
    ///
    /// A field outside the wrapper (and a tag list) may also stand inside it; the copy outside wins, as ZStack's
    /// top-level `systemTags` and `userTags` do.
    private struct Body: Decodable {
        let wrapped: Wrapped?
        let systemTags: [String]?
        let userTags: [String]?

        init(from decoder: any Decoder) throws {
            let object = try decoder.container(keyedBy: ZStackServerCodingKey.self)
            self.wrapped = try object.optionalValue(Wrapped.self, forKey: "changeHostNetworkInterfaceLldpMode")
            self.systemTags = try object.optionalValue([String].self, forKey: "systemTags")
            self.userTags = try object.optionalValue([String].self, forKey: "userTags")
        }

        /// The fields inside the wrapper.
        struct Wrapped: Decodable {
            let interfaceUuids: [String]?
            let mode: ChangeHostNetworkInterfaceLldpModeMode?
            let systemTags: [String]?
            let userTags: [String]?

            init(from decoder: any Decoder) throws {
                let object = try decoder.container(keyedBy: ZStackServerCodingKey.self)
                self.interfaceUuids = try object.optionalValue([String].self, forKey: "interfaceUuids")
                self.mode = try object.optionalValue(ChangeHostNetworkInterfaceLldpModeMode.self, forKey: "mode")
                self.systemTags = try object.optionalValue([String].self, forKey: "systemTags")
                self.userTags = try object.optionalValue([String].self, forKey: "userTags")
            }
        }
    }
}
