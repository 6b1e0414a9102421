import ZStackSDK

/// The server side of ``GetVmDeviceAddress``: reads a call's inputs and calls the handler.
///
/// `GET /zstack/v1/vm-instances/devices`, synchronous.
nonisolated enum GetVmDeviceAddressServerEndpoint: ZStackServerEndpointDefinition {
    static func endpoint(calling handler: some ZStackAPIHandler) -> ZStackServerEndpoint {
        ZStackServerEndpoint(operation: GetVmDeviceAddress.operation, bodyWrapper: nil) { call in
            let request = GetVmDeviceAddress.Request(
                uuid: try call.required(try call.queryParameter("uuid", as: String.self), .queryParameter("uuid")),
                resourceTypes: try call.required(
                    try call.queryParameters("resourceTypes", as: GetVmDeviceAddressResourceTypes.self),
                    .queryParameter("resourceTypes")
                ),
                systemTags: try call.queryParameters("systemTags", as: String.self),
                userTags: try call.queryParameters("userTags", as: String.self)
            )
            return { try await handler.getVmDeviceAddress(request) }
        }
    }
}
