import ZStackSDK

/// The server side of ``KvmRunShell``: reads a call's inputs and calls the handler.
///
/// `PUT /zstack/v1/hosts/kvm/actions`, asynchronous.
nonisolated enum KvmRunShellServerEndpoint: ZStackServerEndpointDefinition {
    static func endpoint(calling handler: some ZStackAPIHandler) -> ZStackServerEndpoint {
        ZStackServerEndpoint(operation: KvmRunShell.operation, bodyWrapper: "kvmRunShell") { call in
            let body = try call.decodeBody(Body.self)
            let request = KvmRunShell.Request(
                hostUuids: try call.required(body.wrapped?.hostUuids, .bodyField("kvmRunShell.hostUuids")),
                script: try call.required(body.wrapped?.script, .bodyField("kvmRunShell.script")),
                systemTags: body.systemTags ?? body.wrapped?.systemTags,
                userTags: body.userTags ?? body.wrapped?.userTags
            )
            return { try await handler.kvmRunShell(request) }
        }
    }

    /// The JSON body of a request: `{"kvmRunShell": {...}}`, with the fields outside the wrapper beside it.
    ///
    /// A field outside the wrapper (and a tag list) may also stand inside it; the copy outside wins, as ZStack's
    /// top-level `systemTags` and `userTags` do.
    private struct Body: Decodable {
        var wrapped: Wrapped?
        var systemTags: [String]?
        var userTags: [String]?

        private enum CodingKeys: String, CodingKey {
            case wrapped = "kvmRunShell"
            case systemTags = "systemTags"
            case userTags = "userTags"
        }

        /// The fields inside the wrapper.
        struct Wrapped: Decodable {
            var hostUuids: [String]?
            var script: String?
            var systemTags: [String]?
            var userTags: [String]?

            private enum CodingKeys: String, CodingKey {
                case hostUuids = "hostUuids"
                case script = "script"
                case systemTags = "systemTags"
                case userTags = "userTags"
            }
        }
    }
}
