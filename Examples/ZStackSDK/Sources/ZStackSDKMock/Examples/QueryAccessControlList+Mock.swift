public import ZStackSDK

nonisolated extension ZStackMockHandler {
    /// The reply of ``QueryAccessControlList``, synthesized from its declared response fields: its documentation has no
    /// response example.
    static let queryAccessControlListExample = #"""
        {
          "success": true,
          "inventories": [
            {
              "uuid": "54cb252998e0c2ed4cb0cada16afcf98",
              "name": "name",
              "ipVersion": 1,
              "description": "description",
              "createDate": "Jan 6, 2017 3:51:16 AM",
              "lastOpDate": "Jan 6, 2017 3:51:16 AM",
              "entries": [
                {
                  "uuid": "04144852b88e5056d5643b1527315be7",
                  "aclUuid": "0566d2a6a16108976954070df1827c2e",
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
    public func queryAccessControlList(
        _ request: QueryAccessControlList.Request
    ) async throws -> QueryAccessControlList.Response {
        try Self.example(QueryAccessControlList.Response.self, json: Self.queryAccessControlListExample)
    }
}
