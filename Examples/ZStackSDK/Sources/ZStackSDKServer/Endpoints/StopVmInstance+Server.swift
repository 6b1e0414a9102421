import ZStackSDK

/// The server side of ``StopVmInstance``: reads a call's inputs and calls the handler.
///
/// `PUT /zstack/v1/vm-instances/{uuid}/actions`, asynchronous.
nonisolated enum StopVmInstanceServerEndpoint: ZStackServerEndpointDefinition {
    static func endpoint(calling handler: some ZStackAPIHandler) -> ZStackServerEndpoint {
        ZStackServerEndpoint(operation: StopVmInstance.operation, bodyWrapper: "stopVmInstance") { call in
            let body = try call.decodeBody(Body.self)
            let request = StopVmInstance.Request(
                uuid: try call.pathParameter("uuid", as: String.self),
                type: body.wrapped?.type,
                systemTags: body.systemTags ?? body.wrapped?.systemTags,
                userTags: body.userTags ?? body.wrapped?.userTags,
                stopHA: body.wrapped?.stopHA
            )
            return { try await handler.stopVmInstance(request) }
        }
    }

    /// The JSON body of a request: `{"stopVmInstance": {...}}`, with the fields outside the wrapper beside it.
    ///
    /// A field outside the wrapper (and a tag list) may also stand inside it; the copy outside wins, as ZStack's
    /// top-level `systemTags` and `userTags` do.
    private struct Body: Decodable {
        var wrapped: Wrapped?
        var systemTags: [String]?
        var userTags: [String]?

        private enum CodingKeys: String, CodingKey {
            case wrapped = "stopVmInstance"
            case systemTags = "systemTags"
            case userTags = "userTags"
        }

        /// The fields inside the wrapper.
        struct Wrapped: Decodable {
            var type: StopVmInstanceTypeValue?
            var systemTags: [String]?
            var userTags: [String]?
            var stopHA: String?

            private enum CodingKeys: String, CodingKey {
                case type = "type"
                case systemTags = "systemTags"
                case userTags = "userTags"
                case stopHA = "stopHA"
            }
        }
    }
}
