import ZStackSDK

/// The server side of ``GetCpuMemoryCapacity``: reads a call's inputs and calls the handler.
///
/// `GET /zstack/v1/hosts/capacities/cpu-memory`, synchronous.
nonisolated enum GetCpuMemoryCapacityServerEndpoint: ZStackServerEndpointDefinition {
    static func endpoint(calling handler: some ZStackAPIHandler) -> ZStackServerEndpoint {
        ZStackServerEndpoint(operation: GetCpuMemoryCapacity.operation, bodyWrapper: nil) { call in
            let request = GetCpuMemoryCapacity.Request(
                zoneUuids: try call.queryParameters("zoneUuids", as: String.self),
                clusterUuids: try call.queryParameters("clusterUuids", as: String.self),
                hostUuids: try call.queryParameters("hostUuids", as: String.self),
                all: try call.queryParameter("all", as: Bool.self),
                systemTags: try call.queryParameters("systemTags", as: String.self),
                userTags: try call.queryParameters("userTags", as: String.self),
                hypervisorType: try call.queryParameter("hypervisorType", as: GetCpuMemoryCapacityHypervisorType.self)
            )
            return { try await handler.getCpuMemoryCapacity(request) }
        }
    }
}
