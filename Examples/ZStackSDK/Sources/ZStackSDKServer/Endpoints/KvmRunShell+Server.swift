import ZStackSDK

/// The server side of ``KvmRunShell``: reads a call's inputs and calls the handler.
///
/// `PUT /zstack/v1/hosts/kvm/actions`, asynchronous.
nonisolated enum KvmRunShellServerEndpoint: ZStackServerEndpointDefinition {
    static func endpoint(calling handler: some ZStackAPIHandler) -> ZStackServerEndpoint {
        ZStackServerEndpoint(operation: KvmRunShell.operation, bodyWrapper: "kvmRunShell") { call in
            let request = try call.decodeBody(wrapper: "kvmRunShell") { body in
                let hostUuids = try body.wrappedField([String].self, "hostUuids")
                let script = try body.wrappedField(String.self, "script")
                let systemTags = try body.fieldBesideWrapper([String].self, "systemTags")
                let userTags = try body.fieldBesideWrapper([String].self, "userTags")
                return KvmRunShell.Request(
                    hostUuids: try call.required(hostUuids, .bodyField("kvmRunShell.hostUuids")),
                    script: try call.required(script, .bodyField("kvmRunShell.script")),
                    systemTags: systemTags,
                    userTags: userTags
                )
            }
            return { try await handler.kvmRunShell(request) }
        }
    }
}
