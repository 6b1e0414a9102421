import ZStackSDK

/// The server side of ``UpdateVmNicDriver``: reads a call's inputs and calls the handler.
///
/// `PUT /zstack/v1/vm-instances/{vmInstanceUuid}/actions`, asynchronous.
nonisolated enum UpdateVmNicDriverServerEndpoint: ZStackServerEndpointDefinition {
    static func endpoint(calling handler: some ZStackAPIHandler) -> ZStackServerEndpoint {
        ZStackServerEndpoint(operation: UpdateVmNicDriver.operation, bodyWrapper: "updateVmNicDriver") { call in
            let body = try call.decodeBody(Body.self)
            let request = UpdateVmNicDriver.Request(
                vmInstanceUuid: try call.pathParameter("vmInstanceUuid", as: String.self),
                vmNicUuid: try call.required(body.wrapped?.vmNicUuid, .bodyField("updateVmNicDriver.vmNicUuid")),
                driverType: try call.required(body.wrapped?.driverType, .bodyField("updateVmNicDriver.driverType")),
                systemTags: body.systemTags ?? body.wrapped?.systemTags,
                userTags: body.userTags ?? body.wrapped?.userTags
            )
            return { try await handler.updateVmNicDriver(request) }
        }
    }

    /// The JSON body of a request: `{"updateVmNicDriver": {...}}`, with the fields outside the wrapper beside it.
    ///
    /// A field outside the wrapper (and a tag list) may also stand inside it; the copy outside wins, as ZStack's
    /// top-level `systemTags` and `userTags` do.
    private struct Body: Decodable {
        var wrapped: Wrapped?
        var systemTags: [String]?
        var userTags: [String]?

        private enum CodingKeys: String, CodingKey {
            case wrapped = "updateVmNicDriver"
            case systemTags = "systemTags"
            case userTags = "userTags"
        }

        /// The fields inside the wrapper.
        struct Wrapped: Decodable {
            var vmNicUuid: String?
            var driverType: String?
            var systemTags: [String]?
            var userTags: [String]?

            private enum CodingKeys: String, CodingKey {
                case vmNicUuid = "vmNicUuid"
                case driverType = "driverType"
                case systemTags = "systemTags"
                case userTags = "userTags"
            }
        }
    }
}
