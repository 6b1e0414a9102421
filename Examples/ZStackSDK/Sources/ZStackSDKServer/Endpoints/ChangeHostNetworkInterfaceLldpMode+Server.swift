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
        var wrapped: Wrapped?
        var systemTags: [String]?
        var userTags: [String]?

        private enum CodingKeys: String, CodingKey {
            case wrapped = "changeHostNetworkInterfaceLldpMode"
            case systemTags = "systemTags"
            case userTags = "userTags"
        }

        /// The fields inside the wrapper.
        struct Wrapped: Decodable {
            var interfaceUuids: [String]?
            var mode: ChangeHostNetworkInterfaceLldpModeMode?
            var systemTags: [String]?
            var userTags: [String]?

            private enum CodingKeys: String, CodingKey {
                case interfaceUuids = "interfaceUuids"
                case mode = "mode"
                case systemTags = "systemTags"
                case userTags = "userTags"
            }
        }
    }
}
