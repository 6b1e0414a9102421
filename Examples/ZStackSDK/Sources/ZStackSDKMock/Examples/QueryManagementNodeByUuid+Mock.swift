public import ZStackSDK

nonisolated extension ZStackMockHandler {
    /// The reply of ``QueryManagementNodeByUuid``, synthesized from its declared response fields: its documentation has no
    /// response example.
    static let queryManagementNodeByUuidExample = #"""
        {
          "success": true,
          "inventories": [
            {
              "uuid": "11920f419964ae82187894df6917aee4",
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
    public func queryManagementNodeByUuid(
        _ request: QueryManagementNodeByUuid.Request
    ) async throws -> QueryManagementNodeByUuid.Response {
        try Self.example(QueryManagementNodeByUuid.Response.self, json: Self.queryManagementNodeByUuidExample)
    }
}
