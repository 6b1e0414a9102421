import ZStackSDK

/// The server side of ``DebugSignal``: reads a call's inputs and calls the handler.
///
/// `POST /zstack/v1/debug`, asynchronous.
nonisolated enum DebugSignalServerEndpoint: ZStackServerEndpointDefinition {
    static func endpoint(calling handler: some ZStackAPIHandler) -> ZStackServerEndpoint {
        ZStackServerEndpoint(operation: DebugSignal.operation, bodyWrapper: "params") { call in
            let request = try call.decodeBody(wrapper: "params") { body in
                let signals = try body.wrappedField([String].self, "signals")
                let systemTags = try body.fieldBesideWrapper([String].self, "systemTags")
                let userTags = try body.fieldBesideWrapper([String].self, "userTags")
                return DebugSignal.Request(
                    signals: try call.required(signals, .bodyField("params.signals")),
                    systemTags: systemTags,
                    userTags: userTags
                )
            }
            return { try await handler.debugSignal(request) }
        }
    }
}
