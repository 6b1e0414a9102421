public import ZStackSDK

nonisolated extension ZStackMockHandler {
    /// The reply of ``QueryManagementNode``, synthesized from its declared response fields: its documentation has no
    /// response example.
    static let queryManagementNodeExample = #"""
        {
          "success": true,
          "inventories": [
            {
              "uuid": "a09d771a30feab9e919706870f781816",
              "hostName": "hostName",
              "joinDate": "Jan 6, 2017 3:51:16 AM",
              "heartBeat": "Jan 6, 2017 3:51:16 AM"
            }
          ],
          "total": 1
        }
        """#

    /// Answers with a reply synthesized from the declared response fields.
    ///
    /// - Parameter request: The inputs of the call, which are ignored.
    /// - Returns: The synthesized reply.
    /// - Throws: `DecodingError` if the example does not fit the response type, which the generator rules out.
    public func queryManagementNode(
        _ request: QueryManagementNode.Request
    ) async throws -> QueryManagementNode.Response {
        try Self.example(QueryManagementNode.Response.self, json: Self.queryManagementNodeExample)
    }
}
