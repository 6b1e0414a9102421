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
            let request = try call.decodeBody(wrapper: "changeHostNetworkInterfaceLldpMode") { body in
                let interfaceUuids = try body.wrappedField([String].self, "interfaceUuids")
                let mode = try body.wrappedField(ChangeHostNetworkInterfaceLldpModeMode.self, "mode")
                let systemTags = try body.fieldBesideWrapper([String].self, "systemTags")
                let userTags = try body.fieldBesideWrapper([String].self, "userTags")
                return ChangeHostNetworkInterfaceLldpMode.Request(
                    interfaceUuids: try call.required(
                        interfaceUuids,
                        .bodyField("changeHostNetworkInterfaceLldpMode.interfaceUuids")
                    ),
                    mode: mode,
                    systemTags: systemTags,
                    userTags: userTags
                )
            }
            return { try await handler.changeHostNetworkInterfaceLldpMode(request) }
        }
    }
}
