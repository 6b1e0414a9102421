import ZStackSDK

/// The server side of ``GetL3NetworkIpStatistic``: reads a call's inputs and calls the handler.
///
/// `GET /zstack/v1/l3-networks/{l3NetworkUuid}/ip-statistic`, synchronous.
nonisolated enum GetL3NetworkIpStatisticServerEndpoint: ZStackServerEndpointDefinition {
    static func endpoint(calling handler: some ZStackAPIHandler) -> ZStackServerEndpoint {
        ZStackServerEndpoint(operation: GetL3NetworkIpStatistic.operation, bodyWrapper: nil) { call in
            let request = GetL3NetworkIpStatistic.Request(
                l3NetworkUuid: try call.pathParameter("l3NetworkUuid", as: String.self),
                resourceType: try call.queryParameter("resourceType", as: GetL3NetworkIpStatisticResourceType.self),
                ip: try call.queryParameter("ip", as: String.self),
                sortBy: try call.queryParameter("sortBy", as: GetL3NetworkIpStatisticSortBy.self),
                sortDirection: try call.queryParameter("sortDirection", as: GetL3NetworkIpStatisticSortDirection.self),
                start: try call.queryParameter("start", as: Int.self),
                limit: try call.queryParameter("limit", as: Int.self),
                replyWithCount: try call.queryParameter("replyWithCount", as: Bool.self),
                systemTags: try call.queryParameters("systemTags", as: String.self),
                userTags: try call.queryParameters("userTags", as: String.self)
            )
            return { try await handler.getL3NetworkIpStatistic(request) }
        }
    }
}
