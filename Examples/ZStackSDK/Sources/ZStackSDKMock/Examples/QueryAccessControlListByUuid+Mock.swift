public import ZStackSDK

nonisolated extension ZStackMockHandler {
    /// The reply of ``QueryAccessControlListByUuid``, synthesized from its declared response fields: its documentation has no
    /// response example.
    static let queryAccessControlListByUuidExample = #"""
        {
          "success": true,
          "inventories": [
            {
              "uuid": "6d0f3de1669f42c1176ab39ae745f240",
              "name": "name",
              "ipVersion": 1,
              "description": "description",
              "createDate": "Jan 6, 2017 3:51:16 AM",
              "lastOpDate": "Jan 6, 2017 3:51:16 AM",
              "entries": [
                {
                  "uuid": "6ccd66130b717eeea55924b9e93b4625",
                  "aclUuid": "a7e1bc2407f5d70f85ccd6fd67d9d577",
                  "type": "type",
                  "name": "name",
                  "domain": "domain",
                  "url": "url",
                  "ipEntries": "ipEntries",
                  "description": "description",
                  "createDate": "Jan 6, 2017 3:51:16 AM",
                  "lastOpDate": "Jan 6, 2017 3:51:16 AM"
                }
              ]
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
    public func queryAccessControlListByUuid(
        _ request: QueryAccessControlListByUuid.Request
    ) async throws -> QueryAccessControlListByUuid.Response {
        try Self.example(QueryAccessControlListByUuid.Response.self, json: Self.queryAccessControlListByUuidExample)
    }
}
